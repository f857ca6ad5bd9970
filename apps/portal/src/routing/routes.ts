/** The portal's pages. The server sends index.html for every path under /portal/, so deep links load. */
export type PortalRoute = { page: 'home' } | { page: 'position'; id: string } | { page: 'not-found' };

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const POSITION = new RegExp(`^positions/(${UUID})$`, 'i');

/** Reads a pathname under `base` ('/portal/'): '' is home, 'positions/<id>' a position. */
export function routeOf(pathname: string, base: string): PortalRoute {
  const root = base.endsWith('/') ? base : `${base}/`;
  if (`${pathname}/` === root) return { page: 'home' };
  if (!pathname.startsWith(root)) return { page: 'not-found' };
  const rest = pathname.slice(root.length).replace(/\/+$/, '');
  if (rest === '' || rest === 'index.html') return { page: 'home' };
  const position = POSITION.exec(rest);
  if (position?.[1]) return { page: 'position', id: position[1].toLowerCase() };
  return { page: 'not-found' };
}

/** The portal's pages. The server sends index.html for every path under /portal/, so deep links load. */
export type WorkerPage = 'case' | 'plan' | 'payments' | 'requests' | 'privacy' | 'jobs' | 'mutual-aid';
export type PortalRoute =
  | { page: 'home' }
  | { page: 'position'; id: string }
  | { page: 'activate' }
  | { page: 'sign-in' }
  | { page: WorkerPage }
  | { page: 'not-found' };

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const POSITION = new RegExp(`^positions/(${UUID})$`, 'i');
const SIMPLE: readonly PortalRoute['page'][] = [
  'activate',
  'sign-in',
  'case',
  'plan',
  'payments',
  'requests',
  'privacy',
  'jobs',
  'mutual-aid',
];

/** Reads a pathname under `base` ('/portal/'): '' is home, 'positions/<id>' a position, and the named pages. */
export function routeOf(pathname: string, base: string): PortalRoute {
  const root = base.endsWith('/') ? base : `${base}/`;
  if (`${pathname}/` === root) return { page: 'home' };
  if (!pathname.startsWith(root)) return { page: 'not-found' };
  const rest = pathname.slice(root.length).replace(/\/+$/, '');
  if (rest === '' || rest === 'index.html') return { page: 'home' };
  const position = POSITION.exec(rest);
  if (position?.[1]) return { page: 'position', id: position[1].toLowerCase() };
  const simple = SIMPLE.find((p) => p === rest);
  if (simple) return { page: simple } as PortalRoute;
  return { page: 'not-found' };
}

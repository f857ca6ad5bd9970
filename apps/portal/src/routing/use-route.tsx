import { type AnchorHTMLAttributes, type MouseEvent, useMemo, useSyncExternalStore } from 'react';
import { type PortalRoute, routeOf } from './routes';

/** Where the portal is served ('/portal/'), from Vite's `base`. */
export const PORTAL_BASE = import.meta.env.BASE_URL;

const NAVIGATE = 'portal:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE, onChange);
  };
}

/** The current page, following history navigation (back / forward) and in-app links. */
export function useRoute(): PortalRoute {
  const pathname = useSyncExternalStore(subscribe, () => window.location.pathname);
  return useMemo(() => routeOf(pathname, PORTAL_BASE), [pathname]);
}

export function navigate(href: string): void {
  window.history.pushState(null, '', href);
  window.dispatchEvent(new Event(NAVIGATE));
  window.scrollTo(0, 0);
}

/** A link inside the portal: no page load on a plain click, a normal link otherwise (new tab…). */
export function AppLink({
  href,
  onClick,
  ...props
}: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const onLinkClick = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={onLinkClick} {...props} />;
}

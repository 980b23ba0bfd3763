// A small client-side router on the History API. The server answers every non-/api GET with
// index.html, so any path can be opened directly or reloaded.
import { forwardRef, useEffect, useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

const listeners = new Set<() => void>();

function notify(): void {
  for (const l of listeners) l();
}

if (typeof window !== 'undefined') window.addEventListener('popstate', notify);

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function snapshot(): string {
  return window.location.pathname + window.location.search;
}

export function navigate(to: string, opts: { replace?: boolean } = {}): void {
  if (to === snapshot()) return;
  if (opts.replace) window.history.replaceState(null, '', to);
  else {
    window.history.pushState(null, '', to);
    window.scrollTo(0, 0);
  }
  notify();
}

export type Location = { pathname: string; search: URLSearchParams };

/** The current location; re-renders on every navigation. */
export function useLocation(): Location {
  const href = useSyncExternalStore(subscribe, snapshot, () => '/');
  const q = href.indexOf('?');
  const pathname = q < 0 ? href : href.slice(0, q);
  return { pathname: pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname, search: new URLSearchParams(q < 0 ? '' : href.slice(q)) };
}

/**
 * Matches `pathname` against a pattern such as `/konsol/pengguna/:id`. A trailing `/*` matches the
 * rest of the path. Returns the decoded parameters, or null.
 */
export function matchPath(pattern: string, pathname: string): Record<string, string> | null {
  const wildcard = pattern.endsWith('/*');
  const p = (wildcard ? pattern.slice(0, -2) : pattern).split('/').filter(Boolean);
  const s = pathname.split('/').filter(Boolean);
  if (wildcard ? s.length < p.length : s.length !== p.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < p.length; i++) {
    const part = p[i] as string;
    const seg = s[i] as string;
    if (part.startsWith(':')) params[part.slice(1)] = decodeURIComponent(seg);
    else if (part !== seg) return null;
  }
  return params;
}

/** Props for an anchor that navigates on the client (keeps ctrl/middle-click for new tabs). */
export function linkProps(to: string, onClick?: (e: MouseEvent<HTMLAnchorElement>) => void) {
  return {
    href: to,
    onClick: (e: MouseEvent<HTMLAnchorElement>) => {
      onClick?.(e);
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      e.preventDefault();
      navigate(to);
    },
  };
}

export type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string };

export const Link = forwardRef<HTMLAnchorElement, LinkProps>(function Link({ to, onClick, ...rest }, ref) {
  return <a ref={ref} {...rest} {...linkProps(to, onClick)} />;
});

/** Replaces the current entry on mount (for guards). */
export function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}

export { withQuery } from './api/client.js';

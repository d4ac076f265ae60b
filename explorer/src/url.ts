import { useCallback, useEffect, useState } from 'react';

/**
 * The explorer's state lives in the URL (/explore/<view>/<id>?key=value), so that every view
 * has a permalink and the browser's back button works.
 */
export const BASE = '/explore';

export interface Location {
  readonly path: string[];
  readonly params: URLSearchParams;
}

function current(): Location {
  const rest = window.location.pathname.startsWith(BASE) ? window.location.pathname.slice(BASE.length) : window.location.pathname;
  return { path: rest.split('/').filter(Boolean).map(decodeURIComponent), params: new URLSearchParams(window.location.search) };
}

const listeners = new Set<() => void>();
window.addEventListener('popstate', () => listeners.forEach((l) => l()));

export function href(path: string[], params: Record<string, string | string[] | number | boolean | null | undefined> = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === '' || value === false || (Array.isArray(value) && value.length === 0)) continue;
    search.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  const query = search.toString();
  return `${BASE}/${path.map(encodeURIComponent).join('/')}${query ? `?${query}` : ''}`;
}

export function navigate(to: string, replace = false): void {
  if (replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  listeners.forEach((l) => l());
  if (!replace) window.scrollTo(0, 0);
}

export function useLocation(): Location {
  const [location, setLocation] = useState(current);
  useEffect(() => {
    const update = () => setLocation(current());
    listeners.add(update);
    return () => void listeners.delete(update);
  }, []);
  return location;
}

/** Changes some query parameters of the current view, keeping the others (replaces history). */
export function useParamSetter(): (changes: Record<string, string | string[] | number | boolean | null | undefined>, push?: boolean) => void {
  return useCallback((changes, push = false) => {
    const { path, params } = current();
    const merged: Record<string, string | string[] | number | boolean | null | undefined> = Object.fromEntries(params);
    Object.assign(merged, changes);
    navigate(href(path, merged), !push);
  }, []);
}

export function listParam(params: URLSearchParams, key: string): string[] {
  return (params.get(key) ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}

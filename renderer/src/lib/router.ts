// Hash routing over the one route table in shared/routes.ts: the current route as a typed value.
import { useMemo, useSyncExternalStore } from 'react';
import { buildRoute, parseRoute, type Route } from '../../../shared/routes';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}
const currentHash = () => window.location.hash;

/** The route in the address bar, parsed; components re-render when it changes. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash);
  return useMemo(() => parseRoute(hash), [hash]);
}

export function navigate(route: Route): void {
  window.location.hash = buildRoute(route);
}

// LEGACY: replaced by lib/router.ts (#14); delete when unused.
import { useEffect, useState } from 'react';

/** Hash routing ("#/mentorer") works the same from file:// in Electron and over HTTP. */
export function useHashRoute(): string {
  const [route, setRoute] = useState(() => window.location.hash.replace(/^#/, '') || '/');
  useEffect(() => {
    const onChange = () => setRoute(window.location.hash.replace(/^#/, '') || '/');
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export function navigate(route: string): void {
  window.location.hash = route;
}

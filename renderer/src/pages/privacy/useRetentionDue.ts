// The one cached read behind the reminder: the menu badge and the page share it, and any write refreshes it.
import { useIsFetching } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useApiQuery } from '../../api/queries';

export const useRetentionDue = (enabled = true) => useApiQuery('privacy.retentionDue', undefined, { enabled });

/**
 * The menu badge asks only once the first screen's own reads have come back: the backend answers one
 * call at a time, and this one (a pass over every course) must not delay the rows the user opened.
 */
export function useRetentionDueAfterFirstScreen() {
  const fetching = useIsFetching();
  const [mounted, setMounted] = useState(false);
  const [ready, setReady] = useState(false);
  // One task later, so the page's reads (started as the same render commits) are already counted.
  useEffect(() => {
    const id = setTimeout(() => setMounted(true), 0);
    return () => clearTimeout(id);
  }, []);
  useEffect(() => {
    if (mounted && fetching === 0) setReady(true);
  }, [mounted, fetching]);
  return useRetentionDue(ready);
}

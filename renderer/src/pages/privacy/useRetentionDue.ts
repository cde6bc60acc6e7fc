// The one cached read behind the reminder: the menu badge and the page share it, and any write refreshes it.
import { useApiQuery } from '../../api/queries';

export const useRetentionDue = () => useApiQuery('privacy.retentionDue');

// The PDF printers' window (index.html?udskrift, shared/routes.ts PRINT_ONLY_QUERY): the print route in
// the hash and nothing else. Without a print route it draws nothing and asks the backend nothing, so a
// printer can load it before a job (signed out) and start the job by setting the hash. Its documents are
// in this module's chunk, not lazy: a lazy document suspends its first render even when its code is
// loaded, and React holds a shown fallback back for 300 ms (#13). The backend still refuses every call
// of a locked or signed-out window: the document then shows why.
import { QueryClientProvider } from '@tanstack/react-query';
import { isPrintRoute } from '../../../shared/routes';
import { queryClient } from '../api/queries';
import { useRoute } from '../lib/router';
import { EvaluationReport } from '../pages/statistics/EvaluationReport';
import { PrintRoute } from './PrintRoute';
import { printDocument } from './printDocument';
import { AccessLetter } from './privacy/AccessLetter';
import { InfoLetter } from './privacy/InfoLetter';

const DOCUMENTS = { EvaluationReport, AccessLetter, InfoLetter, PrintRoute };

export function PrintOnlyApp() {
  const route = useRoute();
  return (
    <QueryClientProvider client={queryClient}>{isPrintRoute(route) ? <main id="indhold">{printDocument(route, DOCUMENTS)}</main> : null}</QueryClientProvider>
  );
}

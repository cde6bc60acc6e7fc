// Shown on screen above a statement, never printed: back, print, and save this one as PDF.
import type { BillingVersion, StatementKind } from '../../../shared/billing/types';
import type { Route } from '../../../shared/routes';
import { navigate } from '../lib/router';
import { PdfExport } from '../pages/billing/PdfExport';

export function PrintToolbar({ version, kind, municipalityId, backRoute }: { version: BillingVersion; kind: StatementKind; municipalityId: number; backRoute: Route }) {
  return (
    <div className="print-toolbar no-print">
      <div className="print-toolbar__buttons">
        <button type="button" onClick={() => navigate(backRoute)}>
          ← Tilbage til fordelingsnøglen
        </button>
        <button type="button" className="primary" onClick={() => window.print()}>
          Udskriv
        </button>
      </div>
      <PdfExport version={version} kind={kind} municipalityIds={[municipalityId]} buttonLabel="Gem som PDF" />
    </div>
  );
}

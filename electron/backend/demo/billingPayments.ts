// The demo's previous billing year: issued, with the payments received, so the payments overview and
// the settlement have something to show. One municipality paid its last instalment short, one not at all.
import type { BackendContext } from '../context';
import { addPayment } from '../billing/payments';
import { createYear, getVersion } from '../billing/store';
import { issueVersion } from '../billing/issue';
import { billingFields, billingInputOf } from '../../../shared/schemas/billing';

/** Payment behaviour by municipality code: the last instalment paid in part (Langeland) or not at all (Ærø). */
const LAST_INSTALMENT_PAID: Record<number, number> = { 482: 0.5, 492: 0 };

export function addDemoPayments(ctx: BackendContext): void {
  const { db } = ctx;
  const current = db.prepare('SELECT id, year FROM billing_versions ORDER BY year DESC, version DESC LIMIT 1').get() as { id: number; year: number } | undefined;
  if (!current) return;
  const v = getVersion(ctx, current.id);
  const year = v.year - 1;
  const shift = (iso: string) => `${year}${iso.slice(4)}`;
  // Through the key's own schema, as every key the app stores.
  const id = createYear(ctx, billingFields.parse({
    ...billingInputOf(v),
    year,
    participants: v.participants.map((p) => ({ municipalityId: p.municipalityId, students: Math.round(p.students * 0.95), countDate: shift(p.countDate), source: p.source })),
    // Last year's budget: about 4 % lower.
    costLines: v.costLines.map((c) => ({ ...c, amountOere: Math.round((c.amountOere * 0.96) / 100) * 100 })),
    instalmentDueDates: v.instalmentDueDates.map(shift),
    confirmZeroBudget: false,
  }));
  issueVersion(ctx, { id, firstSequence: null, acceptWarnings: true });
  const issued = getVersion(ctx, id);
  const last = issued.instalmentDueDates.length - 1;
  issued.key.forEach((k, n) => {
    issued.instalmentDueDates.forEach((due, i) => {
      const part = i === last ? (LAST_INSTALMENT_PAID[k.code] ?? 1) : 1;
      const amountOere = Math.round(k.instalmentsOere[i] * part);
      if (amountOere <= 0) return;
      // Paid one to three weeks after the due date (the first instalment of the year: in January).
      const day = String(8 + ((n * 3 + i) % 14)).padStart(2, '0');
      addPayment(ctx, { year, municipalityId: k.municipalityId, instalment: i + 1, paidOn: `${due.slice(0, 8)}${day}`, amountOere, note: null });
    });
  });
}

// The key's form: its values are the input of billing.create (counts, kroner and dates as typed),
// checked by the same shared schema as the backend.
import type { DefaultValues } from 'react-hook-form';
import type { z } from 'zod';
import type { BillingParticipant, BillingVersion } from '../../../../shared/billing/types';
import { PHASE_KEYS, type Phase } from '../../../../shared/caseload';
import { parseDanishNumber } from '../../../../shared/format';
import { billingFields, oereAsKronerText } from '../../../../shared/schemas/billing';
import type { Municipality } from '../../../../shared/types';
import type { SchemaForm } from '../../lib/useApiForm';
import { defaultDueDates } from './dueDates';

export type KeyValues = z.input<typeof billingFields>;
export type KeyForm = SchemaForm<typeof billingFields>;
export type ParticipantValues = KeyValues['participants'][number];

/** A municipality's row as the form shows it: from the version it starts from, or empty. */
export function participantValues(municipalityId: number, p?: BillingParticipant): ParticipantValues {
  const phaseStudents: Partial<Record<Phase, string>> = {};
  for (const k of PHASE_KEYS) phaseStudents[k] = p?.phaseStudents[k] === undefined ? '' : String(p.phaseStudents[k]);
  return { municipalityId, students: p ? String(p.students) : '', countDate: p?.countDate ?? '', source: p?.source ?? '', phaseStudents };
}

/** Editing a draft, or a new year starting from `base` (last year's version) if any. */
export function keyDefaults(base: BillingVersion | null, editing: boolean, year: number, municipalities: readonly Municipality[]): DefaultValues<KeyValues> {
  const lines = base?.costLines.length ? base.costLines : [{ kind: 'loen' as const, description: null, amountOere: 0 }];
  return {
    year: String(year),
    participants: municipalities.flatMap((m) => {
      const p = base?.participants.find((x) => x.municipalityId === m.id);
      return !base || p ? [participantValues(m.id, p)] : [];
    }),
    costLines: lines.map((c) => ({ kind: c.kind, description: c.description ?? '', amountOere: base ? oereAsKronerText(c.amountOere) : '' })),
    instalmentDueDates: editing && base ? base.instalmentDueDates : defaultDueDates(year, base?.instalmentDueDates.length ?? 4),
    paymentTermsDays: String(base?.paymentTermsDays ?? 30),
    payeeName: base?.payeeName ?? '',
    payeeEan: base?.payeeEan ?? '',
    payeeCvr: base?.payeeCvr ?? '',
    payeeAddress: base?.payeeAddress ?? '',
    confirmZeroBudget: false,
    payeeRegNo: base?.payeeRegNo ?? '',
    payeeAccount: base?.payeeAccount ?? '',
    statementText: base?.statementText ?? '',
    contactName: base?.contactName ?? '',
    contactEmail: base?.contactEmail ?? '',
    contactPhone: base?.contactPhone ?? '',
  };
}

/** The year the form holds, if it is one the key accepts. */
export function yearOf(value: unknown): number | null {
  const y = typeof value === 'number' ? value : typeof value === 'string' ? parseDanishNumber(value) : null;
  return y !== null && Number.isInteger(y) && y >= 2000 && y <= 2100 ? y : null;
}

/** The message of a rule about a whole list (e.g. "at least one"), wherever the form library keeps it. */
export function listError(error: { message?: string; root?: { message?: string } } | undefined): string | undefined {
  return error?.root?.message ?? error?.message;
}

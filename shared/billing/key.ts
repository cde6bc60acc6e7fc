// The year's key, statement figures and year-end settlement, computed from the stored basis.
import { allocate, sharesInBasisPoints, splitInstalments } from './allocation';

export interface KeyParticipant {
  municipalityId: number;
  code: number;
  students: number;
}

export interface KeyLine {
  municipalityId: number;
  /** Hundredths of a percent; all lines add up to 10000. */
  shareBasisPoints: number;
  amountOere: number;
  /** One amount per instalment, adding up to amountOere. */
  instalmentsOere: number[];
}

const items = (participants: readonly KeyParticipant[]) => participants.map((p) => ({ weight: p.students, rank: p.code }));

export function computeKey(participants: readonly KeyParticipant[], budgetOere: number, instalmentCount: number): KeyLine[] {
  const amounts = allocate(budgetOere, items(participants));
  const shares = sharesInBasisPoints(items(participants));
  return participants.map((p, i) => ({
    municipalityId: p.municipalityId,
    shareBasisPoints: shares[i],
    amountOere: amounts[i],
    instalmentsOere: splitInstalments(amounts[i], instalmentCount),
  }));
}

export interface SettlementLine {
  municipalityId: number;
  /** The municipality's share of the actual cost, by the same key. */
  actualShareOere: number;
  /** What it was billed on account (the key amount of the settled version). */
  paidOere: number;
  /** Positive: the municipality pays more. Negative: it is refunded. */
  differenceOere: number;
}

export function computeSettlement(participants: readonly KeyParticipant[], paidOere: readonly number[], actualCostOere: number): SettlementLine[] {
  const actual = allocate(actualCostOere, items(participants));
  return participants.map((p, i) => ({
    municipalityId: p.municipalityId,
    actualShareOere: actual[i],
    paidOere: paidOere[i],
    differenceOere: actual[i] - paidOere[i],
  }));
}

export const sum = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);

/** 123456 øre -> 1234.56 as a number for CSV/xlsx cells (exact for amounts below 2^53 øre). */
export function oereToKroner(oere: number): number {
  return oere / 100;
}

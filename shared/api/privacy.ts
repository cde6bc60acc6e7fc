// Data-protection rights in the backend: erasure on request (or its recorded refusal), and the
// retention rule with its confirmed anonymisation runs. What an anonymised row keeps: shared/privacy/anonymous.ts.
import { emptyInput } from '../schemas/common';
import { byMentee, erasureDecision, retentionRunInput, retentionSettingsInput } from '../schemas/privacy';
import type { PrivacyKind } from '../privacy/anonymous';

export const privacyMethods = {
  'privacy.erasePreview': { input: byMentee, mutates: false },
  // Erasure and runs manage their own transaction and audit row: the WAL is truncated after the commit.
  'privacy.erase': { input: erasureDecision, mutates: false },
  'privacy.refuseErasure': { input: erasureDecision, mutates: true },
  'privacy.retentionSettings': { input: emptyInput, mutates: false },
  'privacy.setRetentionSettings': { input: retentionSettingsInput, mutates: true },
  'privacy.retentionDue': { input: emptyInput, mutates: false },
  'privacy.runRetention': { input: retentionRunInput, mutates: false },
  'privacy.requests': { input: emptyInput, mutates: false },
} as const;

/** Counts of what an erasure touches: the rows stay (anonymous), their personal fields go. */
export interface ErasureCounts {
  courses: number;
  goals: number;
  contacts: number;
  groupContacts: number;
  referrals: number;
  checkpoints: number;
}

export interface ErasurePreview {
  menteeId: number;
  name: string;
  /** Open courses block erasure: closing one is a decision the statistics count. */
  openCourses: number;
  blockedReason: string | null;
  counts: ErasureCounts;
  /** Danish field names removed. */
  cleared: readonly string[];
  /** Danish field names kept as anonymous data, each with the figure that needs it. */
  kept: readonly { field: string; why: string }[];
}

export interface PrivacyRequest {
  id: number;
  kind: PrivacyKind;
  /** The anonymous key of the person (null for a retention run, which covers many). */
  menteeId: number | null;
  reason: string | null;
  persons: number;
  courses: number;
  decidedAt: string;
}

export interface RetentionSettings {
  years: number;
  dpoContact: string | null;
}

export interface RetentionDue {
  years: number;
  /** Persons whose latest close is on or before this day (and who have no open course) are due. */
  cutoff: string;
  total: number;
  courses: number;
  byMunicipality: { municipalityId: number; name: string; persons: number }[];
  byCloseYear: { year: number; persons: number }[];
}

export interface PrivacyResults {
  'privacy.erasePreview': ErasurePreview;
  'privacy.erase': PrivacyRequest;
  'privacy.refuseErasure': PrivacyRequest;
  'privacy.retentionSettings': RetentionSettings;
  'privacy.setRetentionSettings': RetentionSettings;
  'privacy.retentionDue': RetentionDue;
  'privacy.runRetention': PrivacyRequest;
  'privacy.requests': PrivacyRequest[];
}

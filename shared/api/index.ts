// The API contract: every method's input schema and result type, declared once.
// Backend handlers, the IPC and HTTP transports and the renderer's client all type against it.
import type { z } from 'zod';
import { rosterMethods, type RosterResults } from './roster';
import { systemMethods, type SystemResults } from './system';
import { caseloadMethods, type CaseloadResults } from './caseload';
import { backupMethods, type BackupResults } from './backup';
import { billingMethods, type BillingResults } from './billing';
import { evaluationMethods, type EvaluationResults } from './evaluation';
import { sessionMethods, type SessionResults } from './session';
import { followUpMethods, type FollowUpResults } from './followUp';
import { logMethods, type LogResults } from './log';
import { privacyMethods, type PrivacyResults } from './privacy';
import { accessMethods, type AccessResults } from './access';
import { exportMethods, importMethods, restoreMethods, type ExportResults, type ImportResults, type RestoreResults } from './import';

export const apiMethods = {
  ...sessionMethods,
  ...systemMethods,
  ...backupMethods,
  ...rosterMethods,
  ...caseloadMethods,
  ...billingMethods,
  ...evaluationMethods,
  ...followUpMethods,
  ...logMethods,
  ...privacyMethods,
  ...accessMethods,
  ...importMethods,
  ...exportMethods,
  ...restoreMethods,
} as const;

export type ApiResults = SessionResults & SystemResults & BackupResults & RosterResults & CaseloadResults & BillingResults & EvaluationResults & FollowUpResults & LogResults & PrivacyResults & AccessResults & ImportResults & ExportResults & RestoreResults;
export type Method = keyof typeof apiMethods & keyof ApiResults;
export type MethodInput<M extends Method> = z.input<(typeof apiMethods)[M]['input']>;
export type ParsedInput<M extends Method> = z.output<(typeof apiMethods)[M]['input']>;
export type MethodResult<M extends Method> = ApiResults[M];

export function isMethod(name: string): name is Method {
  return Object.prototype.hasOwnProperty.call(apiMethods, name);
}

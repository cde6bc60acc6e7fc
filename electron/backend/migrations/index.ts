// Ordered schema migrations. Each runs in its own transaction and sets PRAGMA user_version,
// so a file at any earlier version is brought forward step by step.
import type Database from 'better-sqlite3-multiple-ciphers';
import { roster } from './001_roster';
import { caseload } from './002_caseload';
import { billing } from './003_billing';
import { evaluation } from './004_evaluation';
import { stableIds } from './005_stable_ids';
import { followUp } from './006_follow_up';
import { phaseStudents } from './007_phase_students';
import { privacy } from './008_privacy';
import { readLog } from './009_read_log';
import { statisticsSummaries } from './010_statistics_summaries';
import { billingFinance } from './011_billing_finance';
import { followUpSummaries } from './012_follow_up_summaries';
import { personSummaries } from './013_person_summaries';

export interface Migration {
  version: number;
  name: string;
  up: (db: Database.Database) => void;
}

export const migrations: readonly Migration[] = [roster, caseload, billing, evaluation, stableIds, followUp, phaseStudents, privacy, readLog, statisticsSummaries, billingFinance, followUpSummaries, personSummaries];

export const LATEST_SCHEMA_VERSION = migrations[migrations.length - 1].version;

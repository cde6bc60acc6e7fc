import { emptyInput } from '../schemas/common';
import { checkpointDueList, checkpointMonthsInput, checkpointRecord } from '../schemas/followUp';
import type { Page } from '../caseloadTypes';
import type { CheckpointSource, CheckpointStatus } from '../followUp';

export const followUpMethods = {
  'checkpoints.months': { input: emptyInput, mutates: false },
  'checkpoints.addMonths': { input: checkpointMonthsInput, mutates: true },
  'checkpoints.removeMonths': { input: checkpointMonthsInput, mutates: true },
  'checkpoints.due': { input: checkpointDueList, mutates: false },
  'checkpoints.record': { input: checkpointRecord, mutates: true },
} as const;

/** A closed course whose N-month checkpoint is due and has no status yet. */
export interface DueCheckpoint {
  courseId: number;
  menteeName: string;
  mentorName: string | null;
  homeMunicipalityName: string;
  closedOn: string;
  months: number;
  dueOn: string;
}

export interface CheckpointEntry {
  id: number;
  courseId: number;
  months: number;
  status: CheckpointStatus;
  learnedOn: string;
  source: CheckpointSource;
}

export interface FollowUpResults {
  'checkpoints.months': { months: number[] };
  'checkpoints.addMonths': { months: number[] };
  'checkpoints.removeMonths': { months: number[] };
  'checkpoints.due': Page<DueCheckpoint>;
  'checkpoints.record': CheckpointEntry;
}


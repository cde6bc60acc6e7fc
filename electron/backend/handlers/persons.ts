// Persons across their courses: the likely existing person a referral warns of, and merging two
// records of one person into one.
import type Database from 'better-sqlite3-multiple-ciphers';
import type { MergePreview } from '../../../shared/api/caseload';
import { fieldError } from '../../../shared/errors';
import { getMentee } from '../caseload/courseRows';
import { isAnonymised, mergeCounts, mergeMentees, similarMentees } from '../caseload/personStore';
import { ANONYMISED_MESSAGE } from '../checks';
import type { HandlerMap } from '../registry';

type PersonMethods = 'mentees.similar' | 'mentees.mergePreview' | 'mentees.merge';

/** The rules of a merge, the same for the preview and the merge itself; nothing is written before they pass. */
function checkMerge(db: Database.Database, keepId: number, mergeId: number): MergePreview {
  const keep = getMentee(db, keepId, 'keepId');
  const merge = getMentee(db, mergeId, 'mergeId');
  if (isAnonymised(db, keepId)) throw fieldError('keepId', ANONYMISED_MESSAGE);
  if (isAnonymised(db, mergeId)) throw fieldError('mergeId', ANONYMISED_MESSAGE);
  const moving = mergeCounts(db, mergeId);
  const kept = mergeCounts(db, keepId);
  // One person has at most one open course (courses.refer keeps it so); two running courses cannot become one person's.
  if (moving.openCourses > 0 && kept.openCourses > 0) {
    throw fieldError('mergeId', `${keep.name} og ${merge.name} har begge et aktivt forløb. Afslut det ene, før de lægges sammen.`);
  }
  return { keep, merge, moving };
}

export const personHandlers: Pick<HandlerMap, PersonMethods> = {
  'mentees.similar': (p, { db }) => similarMentees(db, p),
  'mentees.mergePreview': ({ keepId, mergeId }, { db }) => checkMerge(db, keepId, mergeId),
  'mentees.merge': ({ keepId, mergeId }, { db }) => {
    const preview = checkMerge(db, keepId, mergeId);
    mergeMentees(db, keepId, mergeId);
    return { ...preview, keep: getMentee(db, keepId) };
  },
};

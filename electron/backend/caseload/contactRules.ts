// The rules a contact must meet that need the database, as a list of problems: the contacts handler
// throws the first, the import reports them at the row. One rule set for both.
import type Database from 'better-sqlite3-multiple-ciphers';
import type { z } from 'zod';
import { ApiError } from '../../../shared/errors';
import { formatDate } from '../../../shared/format';
import type { contactFields } from '../../../shared/schemas/caseload';
import { activeMentorOn } from '../checks';
import { courseRow } from './courseRows';
import { assertThemesExist } from './themeStore';

type DB = Database.Database;
type ContactFields = z.output<typeof contactFields>;

export interface ContactRuleProblem {
  field: 'date' | 'mentorId' | 'themeIds' | 'courseIds';
  message: string;
}

/** A check that throws a field error, as a message (or null when it passes). */
function messageOf(check: () => void): string | null {
  try {
    check();
    return null;
  } catch (err) {
    if (err instanceof ApiError) return err.message;
    throw err;
  }
}

/**
 * `known`: courses that were already participants (editing history), or 'history' for an import of past
 * contacts. A known course may be closed or have consent withdrawn, as long as the date lies within it;
 * a new participant must be open and have consent.
 */
export function contactRuleProblems(db: DB, c: ContactFields, today: string, known: readonly number[] | 'history' = []): ContactRuleProblem[] {
  const problems: ContactRuleProblem[] = [];
  const add = (field: ContactRuleProblem['field'], message: string | null) => {
    if (message) problems.push({ field, message });
  };
  if (c.date > today) add('date', 'Dato må ikke ligge i fremtiden.');
  add('mentorId', messageOf(() => activeMentorOn(db, c.mentorId, c.date, 'mentorId')));
  add('themeIds', messageOf(() => assertThemesExist(db, c.themeIds, 'themeIds')));
  for (const courseId of c.courseIds) {
    let course: ReturnType<typeof courseRow> | undefined;
    const missing = messageOf(() => (course = courseRow(db, courseId, 'courseIds')));
    if (!course) {
      add('courseIds', missing);
      continue;
    }
    const who = course.mentee_name;
    const isKnown = known === 'history' || known.includes(courseId);
    if (course.closed_on && !isKnown) add('courseIds', `Forløbet for ${who} er afsluttet; der kan ikke registreres nye samtaler.`);
    if (course.consent_withdrawn_on && !isKnown) add('courseIds', `${who} har trukket sit samtykke tilbage; der kan ikke registreres samtaler.`);
    if (c.date < course.referral_date) add('date', `Dato ligger før henvisningsdatoen for ${who} (${formatDate(course.referral_date)}).`);
    if (course.closed_on && c.date > course.closed_on) add('date', `Dato ligger efter afslutningen af forløbet for ${who} (${formatDate(course.closed_on)}).`);
    if (course.consent_withdrawn_on && c.date > course.consent_withdrawn_on) {
      add('date', `Dato ligger efter, at ${who} trak samtykket tilbage (${formatDate(course.consent_withdrawn_on)}).`);
    }
  }
  return problems;
}

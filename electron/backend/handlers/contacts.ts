// Contacts (samtaler): create, edit, delete and list per course or mentor, paged in SQL.
import type Database from 'better-sqlite3-multiple-ciphers';
import type { z } from 'zod';
import { fieldError, notFound } from '../../../shared/errors';
import { formatDate } from '../../../shared/format';
import type { contactFields } from '../../../shared/schemas/caseload';
import { deleteContact, getContact, insertContact, listContacts, participantIds, updateContact } from '../caseload/contactStore';
import { courseRow, refreshLastContact } from '../caseload/courseRows';
import { assertThemesExist } from '../caseload/themeStore';
import { activeMentorOn, assertContactWithoutAnonymised } from '../checks';
import type { HandlerMap } from '../registry';

type DB = Database.Database;
type ContactFields = z.output<typeof contactFields>;
type ContactMethods = 'contacts.list' | 'contacts.create' | 'contacts.update' | 'contacts.delete';

/**
 * The rules that need the database. `prefix` is "data." for an update. A course that was already a
 * participant may be closed (editing history), as long as the date lies within the course; a new
 * participant must be open and have consent.
 */
function checkContact(db: DB, c: ContactFields, today: string, prefix: string, existingCourseIds: readonly number[] = []): void {
  if (c.date > today) throw fieldError(`${prefix}date`, 'Dato må ikke ligge i fremtiden.');
  activeMentorOn(db, c.mentorId, c.date, `${prefix}mentorId`);
  assertThemesExist(db, c.themeIds, `${prefix}themeIds`);
  for (const courseId of c.courseIds) {
    const course = courseRow(db, courseId, `${prefix}courseIds`);
    const who = course.mentee_name;
    const known = existingCourseIds.includes(courseId);
    if (course.closed_on && !known) throw fieldError(`${prefix}courseIds`, `Forløbet for ${who} er afsluttet; der kan ikke registreres nye samtaler.`);
    if (course.consent_withdrawn_on && !known) throw fieldError(`${prefix}courseIds`, `${who} har trukket sit samtykke tilbage; der kan ikke registreres samtaler.`);
    if (c.date < course.referral_date) throw fieldError(`${prefix}date`, `Dato ligger før henvisningsdatoen for ${who} (${formatDate(course.referral_date)}).`);
    if (course.closed_on && c.date > course.closed_on) throw fieldError(`${prefix}date`, `Dato ligger efter afslutningen af forløbet for ${who} (${formatDate(course.closed_on)}).`);
    if (course.consent_withdrawn_on && c.date > course.consent_withdrawn_on) {
      throw fieldError(`${prefix}date`, `Dato ligger efter, at ${who} trak samtykket tilbage (${formatDate(course.consent_withdrawn_on)}).`);
    }
  }
}

export const contactHandlers: Pick<HandlerMap, ContactMethods> = {
  'contacts.list': ({ offset, limit, ...filter }, { db }) => ({ ...listContacts(db, filter, offset, limit), offset }),

  'contacts.create': (c, { db, today }) => {
    checkContact(db, c, today(), '');
    const id = insertContact(db, c);
    refreshLastContact(db, c.courseIds);
    return getContact(db, id);
  },

  'contacts.update': ({ id, data }, { db, today }) => {
    getContact(db, id);
    assertContactWithoutAnonymised(db, id, 'id');
    const before = participantIds(db, id);
    checkContact(db, data, today(), 'data.', before);
    updateContact(db, id, data);
    refreshLastContact(db, [...before, ...data.courseIds]);
    return getContact(db, id);
  },

  'contacts.delete': ({ id }, { db }) => {
    assertContactWithoutAnonymised(db, id, 'id');
    const before = participantIds(db, id);
    if (!deleteContact(db, id)) throw notFound('id', 'Samtalen findes ikke.');
    refreshLastContact(db, before);
    return { id };
  },
};

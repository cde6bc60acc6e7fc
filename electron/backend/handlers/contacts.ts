// Contacts (samtaler): create, edit, delete and list per course or mentor, paged in SQL.
import type Database from 'better-sqlite3-multiple-ciphers';
import type { z } from 'zod';
import { fieldError, notFound } from '../../../shared/errors';
import type { contactFields } from '../../../shared/schemas/caseload';
import { deleteContact, getContact, insertContact, listContacts, participantIds, updateContact } from '../caseload/contactStore';
import { contactRuleProblems } from '../caseload/contactRules';
import { refreshLastContact } from '../caseload/courseRows';
import { assertContactWithoutAnonymised } from '../checks';
import type { HandlerMap } from '../registry';

type DB = Database.Database;
type ContactFields = z.output<typeof contactFields>;
type ContactMethods = 'contacts.list' | 'contacts.create' | 'contacts.update' | 'contacts.delete';

/** The first of the shared contact rules that fails, as a field error (`prefix` is "data." for an update). */
function checkContact(db: DB, c: ContactFields, today: string, prefix: string, existingCourseIds: readonly number[] = []): void {
  const [first] = contactRuleProblems(db, c, today, existingCourseIds);
  if (first) throw fieldError(`${prefix}${first.field}`, first.message);
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

// Import of contacts (samtaler): one row = one conversation, group or class session. Checked by the shared
// contactFields schema and the same database rules as the contact dialog (caseload/contactRules.ts);
// participants are named and must each have a course open on the date.
import type { z } from 'zod';
import type { ImportProblem } from '../../../../shared/api/import';
import { CONTACT_TYPES, isClassSession, type ContactType } from '../../../../shared/caseload';
import { formatDate } from '../../../../shared/format';
import { IMPORT_COLUMNS } from '../../../../shared/import/columns';
import { contactFields } from '../../../../shared/schemas/caseload';
import { insertContact, updateContact } from '../../caseload/contactStore';
import { contactRuleProblems } from '../../caseload/contactRules';
import { refreshLastContact } from '../../caseload/courseRows';
import type { KindHandler, Planned } from '../kind';
import { choiceKey, choicesText, listItems, lookups } from './lookup';
import { matchParticipant } from './participants';
import { columnByPath, RowProblems } from './problems';

type ContactFields = z.output<typeof contactFields>;

export interface ContactImport {
  fields: ContactFields;
  mentorName: string;
  participantNames: string[];
}

const COLUMNS = IMPORT_COLUMNS.contacts;
const FIELD_COLUMN: Record<string, string> = {
  type: 'type',
  date: 'date',
  mentorId: 'mentor',
  durationMinutes: 'durationMinutes',
  themeIds: 'themes',
  courseIds: 'participants',
  school: 'school',
  className: 'className',
  headCount: 'headCount',
};
const columnOf = columnByPath(FIELD_COLUMN);

/** What makes two contacts the same one: date, type, mentor, minutes and who took part (or which class). */
function identity(f: ContactFields): string {
  const who = isClassSession(f.type) ? `${(f.school ?? '').toLowerCase()}|${(f.className ?? '').toLowerCase()}` : [...f.courseIds].sort((a, b) => a - b).join(',');
  return [f.date, f.type, f.mentorId, f.durationMinutes, who].join('|');
}

const sameSet = (a: readonly number[], b: readonly number[]) => a.length === b.length && [...a].sort().join(',') === [...b].sort().join(',');

function summary(v: ContactImport): string {
  const f = v.fields;
  const who = isClassSession(f.type) ? `${f.school ?? ''}${f.className ? ` ${f.className}` : ''}, ${f.headCount ?? 0} deltagere` : v.participantNames.join(', ');
  return `${formatDate(f.date)} · ${CONTACT_TYPES[f.type]} · ${v.mentorName} · ${f.durationMinutes} min. · ${who}`;
}

export const contactsKind: KindHandler<ContactImport> = {
  kind: 'contacts',
  columns: COLUMNS,

  check(row, { db, today }) {
    const p = new RowProblems(COLUMNS, row);
    const look = lookups(db);

    const typeText = p.text('type');
    let type: ContactType | undefined;
    if (typeText) {
      type = choiceKey(CONTACT_TYPES, typeText) ?? undefined;
      if (!type) p.at('type', `Ukendt type "${typeText}". Skriv en af: ${choicesText(CONTACT_TYPES)}.`);
    }

    const mentorName = p.text('mentor');
    let mentorId: number | undefined;
    if (mentorName) {
      const found = look.mentors(mentorName);
      if (found.length === 1) mentorId = found[0].id;
      else p.at('mentor', found.length ? `Flere mentorer hedder ${mentorName}.` : `Mentoren ${mentorName} findes ikke.`);
    }

    const themeIds: number[] = [];
    for (const label of listItems(p.input('themes'))) {
      const id = look.theme(label);
      if (id === null) p.at('themes', `Temaet ${label} findes ikke.`);
      else themeIds.push(id);
    }

    const dateInput = p.input('date');
    const day = contactFields.shape.date.safeParse(dateInput ?? undefined);
    const courseIds: number[] = [];
    const participantNames: string[] = [];
    for (const text of listItems(p.input('participants'))) {
      const match = matchParticipant(look, text, day.success ? day.data : null);
      if (match.ok) {
        courseIds.push(match.courseId);
        participantNames.push(match.mentee.name);
      } else if (match.message) p.at('participants', match.message);
      else p.silence('participants');
    }

    const parsed = contactFields.safeParse({
      type,
      date: dateInput ?? undefined,
      mentorId,
      durationMinutes: p.input('durationMinutes'),
      themeIds,
      school: p.text('school'),
      className: p.text('className'),
      headCount: p.input('headCount'),
      courseIds,
    });
    if (!parsed.success) p.zod(parsed.error, columnOf);
    if (p.list.length || !parsed.success) return { ok: false, problems: p.list };

    // The dialog's database rules, for past contacts: a course closed since may still have contacts within it.
    for (const rule of contactRuleProblems(db, parsed.data, today, 'history')) p.at(FIELD_COLUMN[rule.field], rule.message);
    if (p.list.length) return { ok: false, problems: p.list };
    return { ok: true, value: { fields: parsed.data, mentorName: mentorName ?? '', participantNames } };
  },

  plan(rows, { db }) {
    const sameDay = db.prepare('SELECT id, type, duration_minutes, school, class_name, head_count FROM contacts WHERE mentor_id = ? AND contact_date = ?');
    const participantsOf = db.prepare('SELECT course_id FROM contact_participants WHERE contact_id = ?').pluck();
    const themesOf = db.prepare('SELECT theme_id FROM contact_themes WHERE contact_id = ?').pluck();
    const planned: Planned<ContactImport>[] = [];
    const problems: ImportProblem[] = [];
    const seen = new Map<string, number>();
    for (const { row, value } of rows) {
      const f = value.fields;
      const key = identity(f);
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        problems.push({ row, column: null, value: null, message: `Samme samtale står også i række ${earlier}.` });
        continue;
      }
      seen.set(key, row);
      const candidates = sameDay.all(f.mentorId, f.date) as { id: number; type: ContactType; duration_minutes: number; school: string | null; class_name: string | null; head_count: number | null }[];
      const match = candidates.find(
        (c) =>
          identity({
            ...f,
            type: c.type,
            durationMinutes: c.duration_minutes,
            school: c.school,
            className: c.class_name,
            courseIds: isClassSession(c.type) ? [] : (participantsOf.all(c.id) as number[]),
          }) === key,
      );
      if (!match) {
        planned.push({ row, action: 'create', value, summary: summary(value) });
        continue;
      }
      const same = sameSet(themesOf.all(match.id) as number[], f.themeIds) && (!isClassSession(f.type) || match.head_count === (f.headCount ?? null));
      planned.push({ row, action: same ? 'unchanged' : 'update', value, existingId: match.id, summary: `${summary(value)} (findes allerede)` });
    }
    return { planned, problems };
  },

  write(planned, { db }) {
    let created = 0;
    let updated = 0;
    const touched = new Set<number>();
    for (const p of planned) {
      if (p.action === 'unchanged') continue;
      if (p.action === 'create') {
        insertContact(db, p.value.fields);
        created++;
      } else {
        updateContact(db, p.existingId!, p.value.fields);
        updated++;
      }
      for (const id of p.value.fields.courseIds) touched.add(id);
    }
    // As the contacts handler does: the stored last-contact date feeds the follow-up list.
    refreshLastContact(db, touched);
    return { created, updated };
  },
};

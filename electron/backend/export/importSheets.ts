// The five sheets that import back as they are: their headers are exactly the import's column labels
// (shared/import/columns.ts) in the same order, and each cell is what that column reads. Choice fields
// are written as their Danish labels, names stand for municipalities, mentors and themes.
import { CONTACT_TYPES, EDUCATIONS, OUTCOMES, PHASES, REFERRERS } from '../../../shared/caseload';
import { IMPORT_COLUMNS } from '../../../shared/import/columns';
import type { ImportKind } from '../../../shared/import/kinds';
import { PROFESSIONS } from '../../../shared/reference';
import type { SheetColumn, SheetValue } from './sheet';
import type { ExportDocument, ExportMentee } from './types';

export const IMPORT_SHEET_NAMES: Record<ImportKind, string> = {
  municipalities: 'Kommuner',
  studentCounts: 'Elevtal',
  mentors: 'Mentorer',
  courses: 'Mentees og forløb',
  contacts: 'Samtaler',
};

/** The import's columns as sheet columns (a list column is written as one text cell). */
export function importColumns(kind: ImportKind): SheetColumn[] {
  return IMPORT_COLUMNS[kind].map((c) => ({ header: c.label, kind: c.type === 'list' ? 'list' : c.type, width: Math.max(12, c.label.length + 2) }));
}

// Objects spread in may carry more fields (ids, id lists); only the columns' keys are read.
type Values = Record<string, SheetValue | number[]>;

/** A row in the import's column order, from values keyed by column key. */
const inOrder = (kind: ImportKind, values: Values): SheetValue[] => IMPORT_COLUMNS[kind].map((c) => (values[c.key] ?? null) as SheetValue);

/** How a participant is named in the Samtaler sheet; anonymous persons by their number only. */
export function participantName(m: ExportMentee): string {
  return m.name === null ? `Anonymiseret person (nr. ${m.id})` : `${m.name} (${m.birthYear})`;
}

export function importSheetRows(doc: ExportDocument): Record<ImportKind, SheetValue[][]> {
  const municipality = new Map(doc.municipalities.map((m) => [m.id, m.name]));
  const mentor = new Map(doc.mentors.map((m) => [m.id, m.name]));
  const theme = new Map(doc.themes.map((t) => [t.id, t.label]));
  const mentee = new Map(doc.mentees.map((m) => [m.id, m]));
  const course = new Map(doc.courses.map((c) => [c.id, c]));
  // The assignment running now (or the last one): when the current mentor got the course.
  const assignedOn = new Map<number, string>();
  for (const a of doc.assignments) if (a.toDate === null || !assignedOn.has(a.courseId)) assignedOn.set(a.courseId, a.fromDate);
  const themes = (ids: number[]) => ids.map((id) => theme.get(id) ?? '');

  return {
    municipalities: doc.municipalities.map((m) => inOrder('municipalities', { ...m })),
    // The key in force for each year (as statistics and statements use it); every version is on "Nøglegrundlag".
    studentCounts: doc.billingVersions
      .filter((v) => v.inForce)
      .flatMap((v) =>
        v.participants.map((p) =>
          inOrder('studentCounts', { year: v.year, municipality: municipality.get(p.municipalityId), students: p.students, countDate: p.countDate, source: p.source }),
        ),
      ),
    mentors: doc.mentors.map((m) =>
      inOrder('mentors', { ...m, profession: PROFESSIONS[m.profession], employerMunicipality: municipality.get(m.employerMunicipalityId) }),
    ),
    courses: doc.courses.map((c) => {
      const m = mentee.get(c.menteeId)!;
      return inOrder('courses', {
        ...c,
        menteeId: m.id,
        name: m.name,
        birthYear: m.birthYear,
        homeMunicipality: municipality.get(m.homeMunicipalityId),
        education: EDUCATIONS[m.education],
        school: m.school,
        phone: m.phone,
        email: m.email,
        referredBy: REFERRERS[c.referredBy],
        phaseAtStart: PHASES[c.phaseAtStart],
        mentor: c.mentorId === null ? null : mentor.get(c.mentorId),
        assignedOn: c.mentorId === null ? null : assignedOn.get(c.id),
        themes: themes(c.themeIds),
        outcome: c.outcome === null ? null : OUTCOMES[c.outcome],
      });
    }),
    contacts: doc.contacts.map((k) =>
      inOrder('contacts', {
        ...k,
        type: CONTACT_TYPES[k.type],
        mentor: mentor.get(k.mentorId),
        participants: k.courseIds.map((id) => participantName(mentee.get(course.get(id)!.menteeId)!)),
        themes: themes(k.themeIds),
      }),
    ),
  };
}

// Import of mentees with their courses: one row = a mentee and one course (open or closed, with mentor,
// themes and outcome). Checked by the referral form's schema (courseReferAsOf) and the closing schema;
// the rules between referral, mentor start and closing are the course handlers' rules.
import type { z } from 'zod';
import { EDUCATIONS, OUTCOMES, PHASES, REFERRERS, type Outcome } from '../../../../shared/caseload';
import { formatDate } from '../../../../shared/format';
import { IMPORT_COLUMNS } from '../../../../shared/import/columns';
import { courseClose, courseReferAsOf, type courseFields, type menteeFields } from '../../../../shared/schemas/caseload';
import { danishNumber, id, optionalIsoDate } from '../../../../shared/schemas/common';
import { ANONYMISED_MESSAGE, assertMentorActive } from '../../checks';
import type { KindHandler } from '../kind';
import { planCourses, writeCourses, type CourseResolution } from './coursePlan';
import { choiceKey, choicesText, listItems, lookups, type Lookups } from './lookup';
import { columnByPath, RowProblems } from './problems';

export type MenteeFields = z.output<typeof menteeFields>;
export type CourseFields = z.output<typeof courseFields>;

export interface CourseImport {
  /** The program's own mentee number (from an export); null for a mentee matched by name or new. */
  menteeId: number | null;
  mentee: MenteeFields;
  course: CourseFields;
  mentorId: number | null;
  mentorName: string | null;
  /** When the mentor took the course: the cell, or the referral date when left empty. */
  assignedOn: string | null;
  assignedOnGiven: boolean;
  closedOn: string | null;
  outcome: Outcome | null;
  municipalityName: string;
  /** Filled in by the plan: which mentee and course the row matched, and what changes. */
  resolved?: CourseResolution;
}

const COLUMNS = IMPORT_COLUMNS.courses;
const columnOf = columnByPath({
  'mentee.name': 'name',
  'mentee.birthYear': 'birthYear',
  'mentee.homeMunicipalityId': 'homeMunicipality',
  'mentee.education': 'education',
  'mentee.school': 'school',
  'mentee.phone': 'phone',
  'mentee.email': 'email',
  'course.referralDate': 'referralDate',
  'course.referredBy': 'referredBy',
  'course.consentGivenOn': 'consentGivenOn',
  'course.phaseAtStart': 'phaseAtStart',
  'course.themeIds': 'themes',
  closedOn: 'closedOn',
  outcome: 'outcome',
  assignedOn: 'assignedOn',
  menteeId: 'menteeId',
});
const closing = courseClose.pick({ closedOn: true, outcome: true });
const menteeIdSchema = danishNumber(id('Mentee-id'));
const assignedOnSchema = optionalIsoDate('Mentor fra');

/** A fixed-list cell by label or key; an unknown text is a problem listing what the cell may hold. */
function choice<K extends string>(p: RowProblems, key: string, labels: Record<K, string>): K | undefined {
  const text = p.text(key);
  if (!text) return undefined;
  const found = choiceKey(labels, text);
  if (!found) p.at(key, `Ukendt værdi "${text}". Skriv en af: ${choicesText(labels)}.`);
  return found ?? undefined;
}

function lookupNames(p: RowProblems, look: Lookups) {
  const muniText = p.text('homeMunicipality');
  const homeMunicipalityId = muniText ? (look.municipality(muniText) ?? undefined) : undefined;
  if (muniText && homeMunicipalityId === undefined) p.at('homeMunicipality', `Kommunen ${muniText} findes ikke.`);
  const themeIds: number[] = [];
  for (const label of listItems(p.input('themes'))) {
    const themeId = look.theme(label);
    if (themeId === null) p.at('themes', `Temaet ${label} findes ikke.`);
    else themeIds.push(themeId);
  }
  const mentorName = p.text('mentor');
  let mentor: ReturnType<Lookups['mentors']>[number] | undefined;
  if (mentorName) {
    const found = look.mentors(mentorName);
    if (found.length === 1) mentor = found[0];
    else p.at('mentor', found.length ? `Flere mentorer hedder ${mentorName}.` : `Mentoren ${mentorName} findes ikke.`);
  }
  return { homeMunicipalityId, themeIds, mentorName, mentor };
}

export const coursesKind: KindHandler<CourseImport> = {
  kind: 'courses',
  columns: COLUMNS,

  check(row, { db, today }) {
    const p = new RowProblems(COLUMNS, row);
    const look = lookups(db);
    let menteeId: number | null = null;
    if (p.input('menteeId') !== null) {
      const parsed = menteeIdSchema.safeParse(p.input('menteeId'));
      const known = parsed.success ? look.mentee(parsed.data) : undefined;
      if (!parsed.success) p.zod(parsed.error, () => 'menteeId');
      else if (!known) p.at('menteeId', `Mentee nr. ${parsed.data} findes ikke.`);
      else if (known.anonymised) p.at('menteeId', ANONYMISED_MESSAGE);
      else menteeId = known.id;
    }
    const { homeMunicipalityId, themeIds, mentorName, mentor } = lookupNames(p, look);
    const education = choice(p, 'education', EDUCATIONS);
    const referredBy = choice(p, 'referredBy', REFERRERS);
    const phaseAtStart = choice(p, 'phaseAtStart', PHASES);
    const outcome = choice(p, 'outcome', OUTCOMES);
    const date = (key: string) => (p.input(key) === null ? undefined : String(p.input(key)));

    const refer = courseReferAsOf(today).safeParse({
      mentee: { name: p.text('name') ?? undefined, birthYear: p.input('birthYear'), homeMunicipalityId, education, school: p.text('school'), phone: p.text('phone'), email: p.text('email') },
      course: { referralDate: date('referralDate'), referredBy, consentGivenOn: date('consentGivenOn') ?? null, consentWithdrawnOn: null, phaseAtStart, plannedReviewOn: null, themeIds },
    });
    if (!refer.success) p.zod(refer.error, columnOf);
    const closed = p.input('closedOn') !== null || p.text('outcome') !== null ? closing.safeParse({ closedOn: date('closedOn'), outcome }) : null;
    if (closed && !closed.success) p.zod(closed.error, columnOf);
    const assigned = assignedOnSchema.safeParse(date('assignedOn') ?? null);
    if (!assigned.success) p.zod(assigned.error, () => 'assignedOn');
    if (p.list.length || !refer.success || !assigned.success || (closed && !closed.success)) return { ok: false, problems: p.list };

    // The rules between the dates, as the assign and close dialogs have them.
    const referral = refer.data.course.referralDate;
    const closedOn = closed?.success ? closed.data.closedOn : null;
    const assignedOn = mentor ? (assigned.data ?? referral) : null;
    if (assigned.data && !mentor) p.at('assignedOn', 'Mentor fra bruges kun sammen med en mentor.');
    if (mentor && assignedOn) {
      if (assignedOn < referral) p.at('assignedOn', `Mentor fra må ikke ligge før henvisningsdatoen (${formatDate(referral)}).`);
      else if (assignedOn > today) p.at('assignedOn', 'Mentor fra må ikke ligge i fremtiden.');
      try {
        assertMentorActive(mentor, assignedOn, 'mentor');
      } catch (err) {
        p.at('mentor', (err as Error).message);
      }
    }
    if (closedOn) {
      if (closedOn < referral) p.at('closedOn', `Afsluttet den må ikke ligge før henvisningsdatoen (${formatDate(referral)}).`);
      else if (closedOn > today) p.at('closedOn', 'Afsluttet den må ikke ligge i fremtiden.');
      else if (assignedOn && closedOn < assignedOn) p.at('closedOn', `Afsluttet den må ikke ligge før mentorens start (${formatDate(assignedOn)}).`);
    }
    if (p.list.length) return { ok: false, problems: p.list };
    return {
      ok: true,
      value: {
        menteeId,
        mentee: refer.data.mentee!,
        course: refer.data.course,
        mentorId: mentor?.id ?? null,
        mentorName: mentor ? mentor.name : (mentorName ?? null),
        assignedOn,
        assignedOnGiven: assigned.data !== null,
        closedOn,
        outcome: closed?.success ? closed.data.outcome : null,
        municipalityName: look.municipalityName(refer.data.mentee!.homeMunicipalityId),
      },
    };
  },

  plan: (rows, ctx) => planCourses(rows, ctx),
  write: (planned, ctx) => writeCourses(planned, ctx),
};

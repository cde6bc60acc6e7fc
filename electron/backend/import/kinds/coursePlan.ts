// Matching course rows against the database and each other, and writing them through the course stores
// (so the rows are the same as when the referral, assign and close dialogs are used).
import type { ImportProblem } from '../../../../shared/api/import';
import { OUTCOMES } from '../../../../shared/caseload';
import { formatDate } from '../../../../shared/format';
import { recordAssignment } from '../../caseload/assignmentStore';
import { closeCourse, insertCourse, insertMentee, updateCourse, updateMentee } from '../../caseload/courseStore';
import { setCourseThemes } from '../../caseload/themeStore';
import type { CheckContext, Planned } from '../kind';
import type { CourseImport, MenteeFields } from './courses';
import { foldName, lookups } from './lookup';

export interface ExistingCourse {
  id: number;
  referred_by: string;
  consent_given_on: string | null;
  consent_withdrawn_on: string | null;
  phase_at_start: string;
  planned_review_on: string | null;
  closed_on: string | null;
  outcome: string | null;
  mentor_id: number | null;
  last_contact_on: string | null;
  current_start: string | null;
}

export interface CourseResolution {
  /** "id:12" for a mentee in the database, "new:…" for one this import creates. */
  menteeKey: string;
  existingMenteeId: number | null;
  updateMentee: boolean;
  course: ExistingCourse | null;
  changeMentor: boolean;
  close: boolean;
}

const menteeFacts = (m: MenteeFields) => JSON.stringify([foldName(m.name), m.birthYear, m.homeMunicipalityId, m.education, m.school, m.phone, m.email]);
const sameIds = (a: number[], b: number[]) => [...a].sort((x, y) => x - y).join(',') === [...b].sort((x, y) => x - y).join(',');

export function planCourses(rows: { row: number; value: CourseImport }[], { db }: CheckContext) {
  const look = lookups(db);
  const menteeRow = db.prepare('SELECT name, birth_year, home_municipality_id, education, school, phone, email FROM mentees WHERE id = ?');
  const courseAt = db.prepare(
    `SELECT c.*, (SELECT max(from_date) FROM course_assignments a WHERE a.course_id = c.id AND a.to_date IS NULL) AS current_start
     FROM courses c WHERE c.mentee_id = ? AND c.referral_date = ?`,
  );
  const themesOf = db.prepare('SELECT theme_id FROM course_themes WHERE course_id = ?').pluck();
  const planned: Planned<CourseImport>[] = [];
  const problems: ImportProblem[] = [];
  const problem = (row: number, column: string | null, message: string) => problems.push({ row, column, value: null, message });
  const menteeSeen = new Map<string, { row: number; facts: string }>();
  const courseSeen = new Map<string, number>();

  for (const { row, value } of rows) {
    const m = value.mentee;
    let existingMenteeId = value.menteeId;
    if (existingMenteeId === null) {
      const found = look.mentees(m.name, m.birthYear).filter((x) => x.homeMunicipalityId === m.homeMunicipalityId);
      if (found.length > 1) {
        problem(row, 'Navn', 'Flere mentees har samme navn, fødselsår og hjemkommune – skriv mentee-id fra en eksport.');
        continue;
      }
      existingMenteeId = found[0]?.id ?? null;
    }
    const menteeKey = existingMenteeId !== null ? `id:${existingMenteeId}` : `new:${foldName(m.name)}|${m.birthYear}|${m.homeMunicipalityId}`;
    const facts = menteeFacts(m);
    const first = menteeSeen.get(menteeKey);
    if (first && first.facts !== facts) {
      problem(row, null, `Samme mentee står med andre oplysninger i række ${first.row}.`);
      continue;
    }
    menteeSeen.set(menteeKey, first ?? { row, facts });
    const courseKey = `${menteeKey}|${value.course.referralDate}`;
    if (courseSeen.has(courseKey)) {
      problem(row, null, `Samme mentee og henvisningsdato står også i række ${courseSeen.get(courseKey)}.`);
      continue;
    }
    courseSeen.set(courseKey, row);

    let updateMenteeFacts = false;
    let course: ExistingCourse | null = null;
    if (existingMenteeId !== null) {
      const r = menteeRow.get(existingMenteeId) as { name: string; birth_year: number; home_municipality_id: number; education: string; school: string | null; phone: string | null; email: string | null };
      updateMenteeFacts = menteeFacts({ name: r.name, birthYear: r.birth_year, homeMunicipalityId: r.home_municipality_id, education: r.education as MenteeFields['education'], school: r.school, phone: r.phone, email: r.email }) !== facts || r.name !== m.name;
      course = (courseAt.get(existingMenteeId, value.course.referralDate) as ExistingCourse | undefined) ?? null;
    }
    const who = `${m.name}, f. ${m.birthYear}, ${value.municipalityName}`;
    const resolved: CourseResolution = { menteeKey, existingMenteeId, updateMentee: updateMenteeFacts, course, changeMentor: false, close: false };
    if (!course) {
      const known = existingMenteeId !== null ? ' (mentee findes allerede)' : '';
      planned.push({ row, action: 'create', value: { ...value, resolved }, summary: `${who} – nyt forløb fra ${formatDate(value.course.referralDate)}${known}` });
      continue;
    }
    // The course exists: what the row says that the database does not.
    const c = value.course;
    const changed: string[] = [];
    if (updateMenteeFacts) changed.push('mentee');
    if (c.referredBy !== course.referred_by || c.consentGivenOn !== course.consent_given_on || c.phaseAtStart !== course.phase_at_start) changed.push('forløbets oplysninger');
    if (!sameIds(themesOf.all(course.id) as number[], c.themeIds)) changed.push('temaer');
    let refused: [string, string] | null = null;
    if (value.mentorId !== null && value.mentorId !== course.mentor_id) {
      if (course.closed_on) refused = ['Mentor', `Forløbet blev afsluttet ${formatDate(course.closed_on)}; mentoren kan ikke skiftes.`];
      else if (course.mentor_id !== null && !value.assignedOnGiven) refused = ['Mentor fra', 'Mentor fra skal udfyldes, når forløbet skifter mentor.'];
      else if (course.current_start && value.assignedOn! < course.current_start) refused = ['Mentor fra', `Mentor fra må ikke ligge før den nuværende mentors start (${formatDate(course.current_start)}).`];
      resolved.changeMentor = true;
      changed.push('mentor');
    }
    if (course.closed_on) {
      if (value.closedOn !== course.closed_on || value.outcome !== course.outcome) {
        refused = ['Afsluttet', `Forløbet blev afsluttet ${formatDate(course.closed_on)} (${OUTCOMES[course.outcome as keyof typeof OUTCOMES]}); afslutningen ændres ikke ved import.`];
      }
    } else if (value.closedOn) {
      const start = resolved.changeMentor ? value.assignedOn : course.current_start;
      if (start && value.closedOn < start) refused = ['Afsluttet', `Afsluttet den må ikke ligge før den nuværende mentors start (${formatDate(start)}).`];
      else if (course.last_contact_on && value.closedOn < course.last_contact_on) refused = ['Afsluttet', `Afsluttet den må ikke ligge før sidste samtale (${formatDate(course.last_contact_on)}).`];
      resolved.close = true;
      changed.push('afsluttes');
    }
    if (refused) {
      problem(row, refused[0], refused[1]);
      continue;
    }
    const action = changed.length ? 'update' : 'unchanged';
    const what = changed.length ? ` – ændres: ${changed.join(', ')}` : '';
    planned.push({ row, action, value: { ...value, resolved }, existingId: course.id, summary: `${who} – forløb fra ${formatDate(c.referralDate)} findes allerede${what}` });
  }
  return { planned: onlyOneOpen(planned, problems, look), problems };
}

/** A mentee has at most one open course (as the referral dialog requires), counting the database's and the file's. */
function onlyOneOpen(planned: Planned<CourseImport>[], problems: ImportProblem[], look: ReturnType<typeof lookups>): Planned<CourseImport>[] {
  const byMentee = new Map<string, Planned<CourseImport>[]>();
  for (const p of planned) byMentee.set(p.value.resolved!.menteeKey, [...(byMentee.get(p.value.resolved!.menteeKey) ?? []), p]);
  const refused = new Set<Planned<CourseImport>>();
  for (const rows of byMentee.values()) {
    const menteeId = rows[0].value.resolved!.existingMenteeId;
    const inFile = new Set(rows.map((p) => p.existingId));
    const openInDb = menteeId === null ? 0 : look.coursesOf(menteeId).filter((c) => c.closedOn === null && !inFile.has(c.id)).length;
    // Courses already in the database keep their place; new ones come after.
    const open = rows.filter((p) => p.value.closedOn === null).sort((a, b) => Number(b.existingId !== undefined) - Number(a.existingId !== undefined));
    for (const p of open.slice(openInDb ? 0 : 1)) {
      refused.add(p);
      problems.push({ row: p.row, column: 'Afsluttet', value: null, message: `${p.value.mentee.name} har allerede et åbent forløb.` });
    }
  }
  return planned.filter((p) => !refused.has(p));
}

export function writeCourses(planned: Planned<CourseImport>[], { db }: CheckContext): { created: number; updated: number } {
  const newMentees = new Map<string, number>();
  const menteesUpdated = new Set<number>();
  let created = 0;
  let updated = 0;
  for (const p of planned) {
    if (p.action === 'unchanged') continue;
    const v = p.value;
    const r = v.resolved!;
    let menteeId = r.existingMenteeId ?? newMentees.get(r.menteeKey);
    if (menteeId === undefined) {
      menteeId = insertMentee(db, v.mentee);
      newMentees.set(r.menteeKey, menteeId);
    } else if (r.updateMentee && !menteesUpdated.has(menteeId)) {
      updateMentee(db, menteeId, v.mentee);
      menteesUpdated.add(menteeId);
    }
    let courseId: number;
    if (p.action === 'create') {
      courseId = insertCourse(db, menteeId, v.course);
      created++;
    } else {
      courseId = p.existingId!;
      // The sheet has no columns for these: what the course has stays.
      updateCourse(db, courseId, { ...v.course, consentWithdrawnOn: r.course!.consent_withdrawn_on, plannedReviewOn: r.course!.planned_review_on });
      updated++;
    }
    setCourseThemes(db, courseId, v.course.themeIds);
    if (v.mentorId !== null && (p.action === 'create' || r.changeMentor)) {
      recordAssignment(db, { courseId }, v.mentorId, v.assignedOn!, r.course?.mentor_id ? 'skiftet' : 'tildelt', false);
    }
    if (v.closedOn && (p.action === 'create' || r.close)) closeCourse(db, courseId, v.closedOn, v.outcome!);
  }
  return { created, updated };
}

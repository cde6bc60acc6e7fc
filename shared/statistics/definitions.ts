// What the annual statistics mean, written once. The backend's SQL aggregates count by these rules
// (electron/backend/evaluation/aggregates.ts); the dashboard, the PDF report and the workbook only
// show what that one computation returned, so their figures agree by construction.
import { CONTACT_TYPE_KEYS, daysBetween, isAttempt, PHASE_KEYS, type ContactType, type Outcome, type Phase } from '../caseload';
import { formatDate } from '../format';
import { checkpointDue, type CheckpointStatus } from '../followUp';

/** The calendar year as an inclusive ISO date range. */
export function yearBounds(year: number): { from: string; to: string } {
  const y = String(year).padStart(4, '0');
  return { from: `${y}-01-01`, to: `${y}-12-31` };
}

/**
 * A person reached in a year: a mentee who took part in at least one contact dated in that year,
 * counted once however many contacts, group contacts or courses they had. Class sessions record a
 * head count and no names, so they add contacts and heads but never persons. A person belongs to
 * their home municipality and education as registered on the mentee.
 */
export const PERSON_REACHED_RULE =
  'En person er nået i året, når personen har deltaget i mindst én samtale dateret i året; personen tælles én gang, uanset antal samtaler, gruppesamtaler og forløb. Klasseoplæg tæller som samtaler, men ikke som personer.';

/**
 * A contact attempt ("forsøgt – ikke truffet") reached nobody: it is no contact, so it counts in none
 * of the figures (contacts, hours, persons, themes) and does not reset the no-contact clock.
 */
export const ATTEMPT_RULE = 'Forsøg på kontakt, hvor personen ikke blev truffet, tæller ikke som samtaler og ikke med i nogen af tallene.';
/** The contact types the statistics count, in the order they are shown. */
export const COUNTED_CONTACT_TYPE_KEYS: readonly ContactType[] = CONTACT_TYPE_KEYS.filter((t) => !isAttempt(t));

/**
 * A person's phase in a year: the phase at start of their most recently referred course that had a
 * contact in the year (so persons by phase add up to persons reached).
 */
export const PERSON_PHASE_RULE = 'Fasen er fasen ved start af personens senest henviste forløb med samtale i året.';

/** Outcomes that count as staying in education. */
export const RETAINED_OUTCOMES: readonly Outcome[] = ['fastholdt', 'gennemfoert'];
/** A closed course whose outcome is not known does not count for or against retention. */
export const UNKNOWN_OUTCOME: Outcome = 'ukendt';

export const RETENTION_RULE = 'Fastholdelse = (fastholdt + gennemført) ÷ afsluttede forløb med kendt udfald.';

/** A ratio, or null when the denominator is 0 (shown as "–", never as 0 % or NaN). */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator > 0 ? numerator / denominator : null;
}

/** (retained + completed) ÷ closed courses with a known outcome. */
export function retentionRate(outcomes: Readonly<Partial<Record<Outcome, number>>>): { retained: number; known: number; rate: number | null } {
  let retained = 0;
  let known = 0;
  for (const [outcome, count] of Object.entries(outcomes) as [Outcome, number][]) {
    if (outcome === UNKNOWN_OUTCOME) continue;
    known += count;
    if (RETAINED_OUTCOMES.includes(outcome)) retained += count;
  }
  return { retained, known, rate: ratio(retained, known) };
}

/** Reach: persons reached ÷ students in the year's billing key basis. */
export const reach = (persons: number, students: number) => ratio(persons, students);

// --- Reach by phase ---------------------------------------------------------------------------

export const PHASE_REACH_RULE =
  'Rækkevidde pr. fase = personer i fasen ÷ elever i fasen. Kun kommuner, der har opgivet elevtal for fasen i årets fordelingsnøgle, tæller med – på begge sider af brøken.';
export const NO_PHASE_REACH =
  'Årets fordelingsnøgle har ingen elevtal pr. fase, så tabellen viser personer efter fase uden rækkevidde.';

export interface PhaseReachRow {
  phase: Phase;
  /** Persons in the phase from municipalities that gave a count for it. */
  persons: number;
  /** Sum of the counts given for the phase. */
  students: number;
  rate: number | null;
}

/**
 * Reach by phase: for each phase some municipality gave a count for, persons in that phase from
 * those municipalities ÷ the sum of their counts. Null when no municipality gave any phase count.
 */
export function phaseReach(
  persons: readonly { municipalityId: number; phase: Phase; persons: number }[],
  counts: readonly { municipalityId: number; phaseStudents: Partial<Record<Phase, number>> }[],
): PhaseReachRow[] | null {
  const rows: PhaseReachRow[] = [];
  for (const phase of PHASE_KEYS) {
    const given = counts.filter((c) => typeof c.phaseStudents[phase] === 'number');
    if (given.length === 0) continue;
    const ids = new Set(given.map((c) => c.municipalityId));
    const students = given.reduce((s, c) => s + (c.phaseStudents[phase] ?? 0), 0);
    const n = persons.filter((p) => p.phase === phase && ids.has(p.municipalityId)).reduce((s, p) => s + p.persons, 0);
    rows.push({ phase, persons: n, students, rate: ratio(n, students) });
  }
  return rows.length ? rows : null;
}

/** Contacts per person: the contacts persons took part in (a group contact once per participant) ÷ persons reached. */
export const contactsPerPerson = (participations: number, persons: number) => ratio(participations, persons);

export interface ValueForMoneyInput {
  municipalityId: number;
  /** The municipality's amount in the year's billing key, in øre (0 when not in the key). */
  amountOere: number;
  persons: number;
}

export interface ValueForMoneyRow extends ValueForMoneyInput {
  /** Share of the key's total amount this municipality paid. */
  costShare: number | null;
  /** Share of all persons reached that lived in this municipality. */
  personsShare: number | null;
  /** personsShare ÷ costShare: above 1 means more persons than paid for. */
  index: number | null;
}

/** Per municipality: the share of the cost it paid against the share of persons it got. */
export function valueForMoney(rows: readonly ValueForMoneyInput[]): ValueForMoneyRow[] {
  const totalAmount = rows.reduce((s, r) => s + r.amountOere, 0);
  const totalPersons = rows.reduce((s, r) => s + r.persons, 0);
  return rows.map((r) => {
    const costShare = ratio(r.amountOere, totalAmount);
    const personsShare = ratio(r.persons, totalPersons);
    return { ...r, costShare, personsShare, index: costShare && personsShare !== null ? personsShare / costShare : null };
  });
}

/**
 * The period a year's report covers: 1 January to 31 December, or to today in the current year
 * (empty, with `to` before `from`, for a year not begun). Mentor hours are counted inside it.
 */
export function reportPeriod(year: number, today: string): { from: string; to: string } {
  return { from: yearBounds(year).from, to: caseloadDate(year, today) };
}

/** "Periode: 01.01.2026–23.11.2026", written on the screen, the PDF and the workbook. */
export function periodText(period: { from: string; to: string }): string {
  return period.to < period.from ? `Periode: ${period.from.slice(0, 4)} er ikke begyndt` : `Periode: ${formatDate(period.from)}–${formatDate(period.to)}`;
}

export const CONTRACT_HOURS_RULE =
  'Ansættelsestimer = timer pr. uge × dage ansat i perioden ÷ 7, fra mentorens startdato og til en eventuel slutdato; en mentor, der ikke er startet i perioden, tælles ikke.';

/**
 * Hours a mentor was employed for in the report period: hours per week × days employed inside the
 * period ÷ 7, from the mentor's start and to their end. Never projected past the period's end.
 * The statistics also report contact hours (the contacts' durations), which are always fewer.
 */
export function contractHours(hoursPerWeek: number, activeFrom: string, activeTo: string | null, period: { from: string; to: string }): number {
  const start = activeFrom > period.from ? activeFrom : period.from;
  const end = activeTo !== null && activeTo < period.to ? activeTo : period.to;
  if (end < start) return 0;
  const days = daysBetween(start, end) + 1;
  return Math.round(((hoursPerWeek * days) / 7) * 10) / 10;
}

/** The day a year's caseload is measured on: the last day of the year, or today in the current year. */
export function caseloadDate(year: number, today: string): string {
  const { to } = yearBounds(year);
  return today < to ? today : to;
}

// --- Follow-up after close: where are they N months later? ---

/** Statuses that count as in education or work at the checkpoint (completing an education counts, as in retention). */
export const FOLLOW_UP_POSITIVE: readonly CheckpointStatus[] = ['uddannelse_samme', 'uddannelse_anden', 'fuldfoert', 'arbejde'];
/** Statuses that say what the person does: the share's denominator. "Moved" and "not reached" do not. */
export const FOLLOW_UP_KNOWN: readonly CheckpointStatus[] = [...FOLLOW_UP_POSITIVE, 'hverken'];

export const followUpRule = (months: number) =>
  `I uddannelse eller arbejde ${months} mdr. efter afslutning = (i uddannelse – samme eller anden –, fuldført uddannelse eller i arbejde) ÷ personer nået med kendt status (inkl. "hverken uddannelse eller arbejde"), blandt afsluttede forløb, hvis opfølgning (afslutningsdato + ${months} måneder; findes dagen ikke, månedens sidste dag) faldt i året, i indeværende år til og med i dag. En person tælles én gang, ved sit senest afsluttede af disse forløb. "Ikke nået", "flyttet" og ikke registreret tæller hverken for eller imod, men n og antal nået vises.`;

export interface CheckpointCourse {
  menteeId: number;
  courseId: number;
  closedOn: string;
  /** The status recorded at this checkpoint, or null when none is recorded. */
  status: CheckpointStatus | null;
}

export interface FollowUpFigure {
  year: number;
  months: number;
  /** Persons whose checkpoint fell due in the year (n). */
  due: number;
  /** Of those, persons about whom anything was learned (every status but "not reached"). */
  reached: number;
  /** Of those, persons whose activity is known (the denominator). */
  known: number;
  /** Of those, in education or work (the numerator). */
  positive: number;
  share: number | null;
}

/**
 * The figure for one year and one checkpoint (N months), from the closed courses and their recorded
 * statuses. Only checkpoints due by `today` count: in the current year the rest have not come yet.
 */
export function followUpFigure(courses: readonly CheckpointCourse[], year: number, months: number, today: string): FollowUpFigure {
  const { from } = yearBounds(year);
  const to = caseloadDate(year, today);
  const latest = new Map<number, CheckpointCourse>();
  for (const c of courses) {
    const due = checkpointDue(c.closedOn, months);
    if (due < from || due > to) continue;
    const prev = latest.get(c.menteeId);
    if (!prev || c.closedOn > prev.closedOn || (c.closedOn === prev.closedOn && c.courseId > prev.courseId)) latest.set(c.menteeId, c);
  }
  let reached = 0;
  let known = 0;
  let positive = 0;
  for (const c of latest.values()) {
    if (c.status !== null && c.status !== 'ikke_naaet') reached++;
    if (c.status !== null && FOLLOW_UP_KNOWN.includes(c.status)) known++;
    if (c.status !== null && FOLLOW_UP_POSITIVE.includes(c.status)) positive++;
  }
  return { year, months, due: latest.size, reached, known, positive, share: ratio(positive, known) };
}

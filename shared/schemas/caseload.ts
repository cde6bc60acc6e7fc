// Input schemas for mentees, courses, caseloads and contacts. Messages are Danish and name the field.
// Rules that need the database (closed courses, capacity) live in the handlers; rules that need today's
// date are built with a `today` that the form and the handler supply (the *AsOf factories).
import { z } from 'zod';
import { isIsoDate } from '../format';
import {
  BIRTH_YEAR_MIN,
  type ContactType,
  CONTACT_TYPE_KEYS,
  COURSE_STATUS_KEYS,
  EDUCATION_KEYS,
  FOLLOW_UP_DAYS,
  GOAL_STATUS_KEYS,
  OFFER_KEYS,
  OUTCOME_KEYS,
  PAYER_KEYS,
  PHASE_KEYS,
  REFERRER_KEYS,
  isClassSession,
} from '../caseload';
import { checkPeriod, danishNumber, id, integer, isoDate, optionalEmail, optionalIsoDate, optionalText, requiredText } from './common';

const choice = <T extends string>(keys: readonly [T, ...T[]], label: string) => z.enum(keys, { error: `${label} skal vælges.` });

const idList = (label: string) =>
  z
    .array(id(label), { error: `${label} skal være en liste.` })
    .max(100, { error: `Højst 100 ${label.toLowerCase()}.` })
    .default([])
    .transform((ids) => [...new Set(ids)]);

/** Paging for lists that can hold a million rows: the renderer asks for one window at a time. */
const paging = {
  offset: integer('Forskydning', 0, 1_000_000_000).default(0),
  limit: integer('Antal rækker', 1, 500).default(100),
};
const direction = z.enum(['asc', 'desc'], { error: 'Ukendt sorteringsretning.' }).default('asc');

export const themeFields = z.strictObject({ label: requiredText('Tema', 60) });
export const themeUpdate = z.strictObject({
  id: id('Tema'),
  label: requiredText('Tema', 60),
  active: z.boolean({ error: 'Aktiv skal være ja eller nej.' }),
});

/**
 * Rules that need today's date: `today` comes from the form (app.info) or the handler (ctx.today), so the
 * form shows them with the other field errors and the backend refuses the same input. The registry's
 * schemas are built without it (the handler checks again with its today).
 */
const notAfterToday = (today: string | undefined, label: string) => ({
  check: (v: string | null) => !today || v === null || v <= today,
  params: { error: `${label} må ikke ligge i fremtiden.` },
});

/** Cross-field rules run even when a field failed (so all errors show at the first submit), but only over an object. */
const always = { when: (payload: { value: unknown }) => typeof payload.value === 'object' && payload.value !== null };
/** A date the cross-field rules can compare: a field that failed is left out. */
const dateOf = (v: unknown): string | null => (typeof v === 'string' && isIsoDate(v) ? v : null);

const birthYear = (today: string | undefined) => {
  const thisYear = today ? Number(today.slice(0, 4)) : null;
  return danishNumber(
    z
      .number({ error: 'Fødselsår skal være et tal.' })
      .int({ error: 'Fødselsår skal være et helt årstal.' })
      .min(BIRTH_YEAR_MIN, { error: `Fødselsår skal ligge mellem ${BIRTH_YEAR_MIN} og i år.` })
      .refine((y) => thisYear === null || y <= thisYear, { error: `Fødselsår skal ligge mellem ${BIRTH_YEAR_MIN} og ${thisYear}.` }),
  );
};

export const menteeFieldsAsOf = (today?: string) =>
  z.strictObject({
    name: requiredText('Navn', 100),
    birthYear: birthYear(today),
    homeMunicipalityId: id('Hjemkommune'),
    education: choice(EDUCATION_KEYS, 'Uddannelse'),
    school: optionalText('Skole', 100),
    phone: optionalText('Telefon', 30),
    email: optionalEmail('E-mail'),
  });
export const menteeFields = menteeFieldsAsOf();
export const menteeUpdateAsOf = (today?: string) => z.strictObject({ id: id('Mentee'), data: menteeFieldsAsOf(today) });
export const menteeUpdate = menteeUpdateAsOf();

export const courseFieldsAsOf = (today?: string) => {
  const referral = notAfterToday(today, 'Henvisningsdato');
  const withdrawn = notAfterToday(today, 'Samtykke trukket tilbage');
  return z
    .strictObject({
      referralDate: isoDate('Henvisningsdato').refine(referral.check, referral.params),
      referredBy: choice(REFERRER_KEYS, 'Henvist af'),
      consentGivenOn: optionalIsoDate('Samtykke givet'),
      consentWithdrawnOn: optionalIsoDate('Samtykke trukket tilbage').refine(withdrawn.check, withdrawn.params),
      phaseAtStart: choice(PHASE_KEYS, 'Fase ved start'),
      plannedReviewOn: optionalIsoDate('Planlagt opfølgning'),
      themeIds: idList('Temaer'),
    })
    .superRefine((v, ctx) => {
      const referralDate = dateOf(v.referralDate);
      const consentGivenOn = dateOf(v.consentGivenOn);
      // Consent is asked for at the referral, never before it.
      checkPeriod(referralDate, consentGivenOn, 'consentGivenOn', 'Samtykke givet', 'Henvisningsdatoen', ctx);
      checkPeriod(consentGivenOn, dateOf(v.consentWithdrawnOn), 'consentWithdrawnOn', 'Samtykke trukket tilbage', 'Samtykke givet', ctx);
      checkPeriod(referralDate, dateOf(v.plannedReviewOn), 'plannedReviewOn', 'Planlagt opfølgning', 'Henvisningsdato', ctx);
    }, always);
};
export const courseFields = courseFieldsAsOf();

/** A referral: either a new mentee or one already known, and the new course. */
export const courseReferAsOf = (today?: string) =>
  z
    .strictObject({
      menteeId: id('Mentee').optional(),
      mentee: menteeFieldsAsOf(today).optional(),
      course: courseFieldsAsOf(today),
      // A new mentee who matches a known person (mentees.similar) is created only when confirmed.
      confirmNewPerson: z.boolean({ error: 'Bekræftelse skal være ja eller nej.' }).default(false),
    })
    .superRefine((v, ctx) => {
      if ((v.menteeId === undefined) === (v.mentee === undefined)) {
        ctx.addIssue({ code: 'custom', path: ['menteeId'], message: 'Vælg en kendt mentee eller udfyld en ny.' });
      }
    });
export const courseRefer = courseReferAsOf();
export const courseUpdateAsOf = (today?: string) => z.strictObject({ id: id('Forløb'), data: courseFieldsAsOf(today) });
export const courseUpdate = courseUpdateAsOf();
export const courseClose = z.strictObject({
  id: id('Forløb'),
  closedOn: isoDate('Afsluttet den'),
  outcome: choice(OUTCOME_KEYS, 'Udfald'),
});

const courseSortKeys = ['name', 'referralDate', 'lastContact', 'municipality'] as const;
export const courseList = z
  .strictObject({
    status: choice(COURSE_STATUS_KEYS, 'Status').nullish(),
    mentorId: id('Mentor').nullish(),
    municipalityId: id('Kommune').nullish(),
    search: optionalText('Søgning', 100),
    sort: z.enum(courseSortKeys, { error: 'Ukendt sortering.' }).default('name'),
    direction,
    ...paging,
  })
  .optional()
  .default({ sort: 'name', direction: 'asc', offset: 0, limit: 100, search: null });

/** The referral form's look-up of a likely existing person while a new mentee is typed. */
export const menteeSimilar = z.strictObject({
  name: requiredText('Navn', 100),
  birthYear: birthYear(undefined),
  homeMunicipalityId: id('Hjemkommune'),
});

/** Two records of one person become one: `keepId` stays, `mergeId`'s courses move to it and the record goes. */
export const menteeMerge = z
  .strictObject({ keepId: id('Mentee der beholdes'), mergeId: id('Mentee der lægges sammen') })
  .superRefine((v, ctx) => {
    if (v.keepId === v.mergeId) ctx.addIssue({ code: 'custom', path: ['mergeId'], message: 'En mentee kan ikke lægges sammen med sig selv.' });
  });

export const menteeList = z
  .strictObject({ search: optionalText('Søgning', 100), ...paging })
  .optional()
  .default({ search: null, offset: 0, limit: 100 });

export const goalFields = z.strictObject({
  courseId: id('Forløb'),
  text: requiredText('Mål', 300),
  status: choice(GOAL_STATUS_KEYS, 'Status').default('ikke_startet'),
});
export const goalUpdate = z.strictObject({ id: id('Mål'), text: requiredText('Mål', 300), status: choice(GOAL_STATUS_KEYS, 'Status') });

export const referralFields = z.strictObject({
  courseId: id('Forløb'),
  offer: choice(OFFER_KEYS, 'Tilbud'),
  municipalityId: id('Kommunens tilbud'),
  referredOn: isoDate('Henvist den'),
});

export const payerPeriodFields = z
  .strictObject({
    courseId: id('Forløb'),
    payer: choice(PAYER_KEYS, 'Betaler'),
    fromDate: isoDate('Betaler fra'),
    toDate: optionalIsoDate('Betaler til'),
  })
  .superRefine((v, ctx) => checkPeriod(dateOf(v.fromDate), dateOf(v.toDate), 'toDate', 'Betaler til', 'Betaler fra', ctx), always);

const confirmOverCapacity = z.boolean({ error: 'Bekræftelse skal være ja eller nej.' }).default(false);

export const assignInput = z.strictObject({
  courseId: id('Forløb'),
  mentorId: id('Mentor'),
  fromDate: isoDate('Fra dato'),
  confirmOverCapacity,
});

export const handoverInput = z
  .strictObject({
    fromMentorId: id('Fra mentor'),
    toMentorId: id('Til mentor'),
    fromDate: isoDate('Fra dato'),
    confirmOverCapacity,
    // The leaving mentor's last day, when the handover also ends their time in the corps (null: stays active).
    fromMentorActiveTo: optionalIsoDate('Fra mentor aktiv til'),
  })
  .superRefine((v, ctx) => {
    if (v.fromMentorId === v.toMentorId) ctx.addIssue({ code: 'custom', path: ['toMentorId'], message: 'Til mentor skal være en anden end fra mentor.' });
  });

export const followUpList = z
  // The filter box's text ("30") is the input; empty means the standard number of days.
  .strictObject({ days: danishNumber(integer('Dage uden kontakt', 1, 3650)).optional().default(FOLLOW_UP_DAYS), ...paging })
  .optional()
  .default({ days: FOLLOW_UP_DAYS, offset: 0, limit: 100 });

/** The contact's own fields; `courseIds` differs between the API (ids) and the dialog (ids with names). */
const contactShape = {
  type: choice(CONTACT_TYPE_KEYS, 'Type'),
  date: isoDate('Dato'),
  mentorId: id('Mentor'),
  durationMinutes: danishNumber(integer('Varighed (minutter)', 1, 1440)),
  themeIds: idList('Temaer'),
  school: optionalText('Skole', 100),
  className: optionalText('Klasse', 50),
  headCount: danishNumber(integer('Antal deltagere', 1, 1000).nullish()).optional(),
};

/**
 * zod 4 skips an object's refinements once a field failed; these run anyway (on objects), so the
 * cross-field errors show at the first submit together with the field errors.
 */
const ALWAYS_ON_OBJECTS = { when: (p: { value: unknown }) => typeof p.value === 'object' && p.value !== null };

interface ContactRules {
  type: ContactType;
  courseIds: number[];
  school: string | null;
  headCount?: number | null;
}

/**
 * The rules between type, participants, school and head count. A field that already failed gets no
 * second message. `sentByType`: the dialog sends only the fields its type shows, so those are not checked.
 */
function checkContact(v: ContactRules, ctx: Pick<z.RefinementCtx, 'issues' | 'addIssue'>, sentByType = false) {
  const failed = new Set(ctx.issues.map((i) => i.path?.[0]));
  const issue = (field: keyof ContactRules, message: string) => {
    if (!failed.has(field)) ctx.addIssue({ code: 'custom', path: [field], message });
  };
  if (failed.has('type')) return;
  const courseIds = Array.isArray(v.courseIds) ? v.courseIds : [];
  if (isClassSession(v.type)) {
    if (v.headCount === null || v.headCount === undefined) issue('headCount', 'Antal deltagere skal udfyldes for et klasseoplæg.');
    if (!v.school) issue('school', 'Skole skal udfyldes for et klasseoplæg.');
    if (courseIds.length && !sentByType) issue('courseIds', 'Et klasseoplæg registreres uden navne: fjern deltagerne.');
    return;
  }
  if (v.headCount !== null && v.headCount !== undefined && !sentByType) issue('headCount', 'Antal deltagere bruges kun ved klasseoplæg.');
  if (v.type === 'gruppe') {
    if (courseIds.length === 0) issue('courseIds', 'En gruppesamtale skal have mindst én deltager.');
  } else if (courseIds.length !== 1) {
    issue('courseIds', 'Vælg det forløb, samtalen hører til (præcis ét).');
  }
}

export const contactFields = z
  .strictObject({ ...contactShape, courseIds: idList('Deltagere') })
  .superRefine((v, ctx) => checkContact(v, ctx), ALWAYS_ON_OBJECTS);

/**
 * The contact dialog's values: the participants keep their names (shown as chips); a class session
 * sends no participants, other types no school, class or head count. `contactInputOf` turns the
 * checked values into the input of contacts.create (and of contacts.update's `data`).
 */
export const contactForm = z
  .strictObject({
    ...contactShape,
    courseIds: z
      .array(z.object({ courseId: id('Deltagere'), menteeName: z.string() }), { error: 'Deltagere skal være en liste.' })
      .max(100, { error: 'Højst 100 deltagere.' }),
  })
  .superRefine((v, ctx) => checkContact({ ...v, courseIds: Array.isArray(v.courseIds) ? v.courseIds.map((p) => p.courseId) : [] }, ctx, true), ALWAYS_ON_OBJECTS)
  .transform((v) => (isClassSession(v.type) ? { ...v, courseIds: [] } : { ...v, school: null, className: null, headCount: null }));

export const contactInputOf = (v: z.output<typeof contactForm>): z.input<typeof contactFields> => ({ ...v, courseIds: v.courseIds.map((p) => p.courseId) });

export const contactUpdate = z.strictObject({ id: id('Samtale'), data: contactFields });

export const contactList = z
  .strictObject({
    courseId: id('Forløb').nullish(),
    mentorId: id('Mentor').nullish(),
    type: choice(CONTACT_TYPE_KEYS, 'Type').nullish(),
    from: optionalIsoDate('Fra'),
    to: optionalIsoDate('Til'),
    ...paging,
  })
  .optional()
  .default({ offset: 0, limit: 100, from: null, to: null });

export const byCourse = z.strictObject({ courseId: id('Forløb') });

// The access answer for one person (GDPR art. 15): everything held, as data, a workbook, a JSON file
// or a letter; and the information letter (art. 13). Each answer about a person is logged as a look-up
// with its purpose (log/person.ts PERSON_READS); the information letter names no one and is not logged.
import { accessLetterRequest, accessRequest, infoLetterRequest } from '../schemas/access';
import type { ProcessingText } from '../privacy/processing';
import type { ExportFile } from './evaluation';

export const accessMethods = {
  'access.data': { input: accessRequest, mutates: false },
  /** The same data, read by the letter's print route: logged as the letter. */
  'access.letter': { input: accessRequest, mutates: false },
  'access.exportXlsx': { input: accessRequest, mutates: false },
  'access.exportJson': { input: accessRequest, mutates: false },
  'access.exportPdf': { input: accessLetterRequest, mutates: false },
  'access.infoLetterPdf': { input: infoLetterRequest, mutates: false },
} as const;

/** Values are shown as registered (Danish labels), dates as ISO. */
export interface AccessPerson {
  id: number;
  name: string;
  birthYear: number;
  homeMunicipality: string;
  education: string;
  school: string | null;
  phone: string | null;
  email: string | null;
}

export interface AccessCourse {
  id: number;
  referralDate: string;
  referredBy: string;
  phaseAtStart: string;
  status: string;
  consentGivenOn: string | null;
  consentWithdrawnOn: string | null;
  plannedReviewOn: string | null;
  closedOn: string | null;
  outcome: string | null;
  mentor: string | null;
  themes: string[];
  goals: { text: string; status: string }[];
  referrals: { offer: string; municipality: string; referredOn: string }[];
  payerPeriods: { payer: string; fromDate: string; toDate: string | null }[];
  /** Who was the mentor when, oldest first. */
  mentorHistory: { mentor: string; fromDate: string; toDate: string | null; kind: string }[];
  checkpoints: { months: number; status: string; learnedOn: string; source: string }[];
}

/** One contact as this person's part of it: a group contact says how many others, never who. */
export interface AccessContact {
  date: string;
  type: string;
  courseId: number;
  mentor: string;
  durationMinutes: number;
  themes: string[];
  otherParticipants: number;
  /** "Gruppesamtale med 3 andre" for a group contact, else null. */
  note: string | null;
}

export interface AccessLogLine {
  at: string;
  action: string;
  purpose: string | null;
}

export interface AccessRetention {
  years: number;
  latestClose: string | null;
  openCourses: number;
  /** The day the data will be anonymised; null while a course is open (or none exists). */
  anonymisedOn: string | null;
  /** The same in words (Danish). */
  text: string;
}

export interface AccessData {
  corpsName: string;
  dpoContact: string | null;
  generatedOn: string;
  purpose: string;
  person: AccessPerson;
  courses: AccessCourse[];
  contacts: AccessContact[];
  readLog: AccessLogLine[];
  retention: AccessRetention;
  processing: Omit<ProcessingText, 'retention'>;
}

export interface AccessResults {
  'access.data': AccessData;
  'access.letter': AccessData;
  'access.exportXlsx': ExportFile;
  'access.exportJson': ExportFile;
  'access.exportPdf': ExportFile;
  'access.infoLetterPdf': ExportFile;
}

import type {
  AssignmentKind,
  ContactType,
  CourseStatus,
  Education,
  GoalStatus,
  Offer,
  Outcome,
  Payer,
  Phase,
  Referrer,
  ThemeKey,
} from './caseload';
import type { Profession } from './reference';
import type { Suggestion } from './suggestions';

/** One window of a long list, with the total so the renderer can size its scroll area. */
export interface Page<T> {
  rows: T[];
  total: number;
  offset: number;
}

export interface Theme {
  id: number;
  key: ThemeKey | null;
  label: string;
  active: boolean;
}

export interface Mentee {
  id: number;
  name: string;
  birthYear: number;
  homeMunicipalityId: number;
  homeMunicipalityName: string;
  education: Education;
  school: string | null;
  phone: string | null;
  email: string | null;
}

export interface CourseRow {
  id: number;
  menteeId: number;
  menteeName: string;
  birthYear: number;
  homeMunicipalityName: string;
  education: Education;
  school: string | null;
  referralDate: string;
  phaseAtStart: Phase;
  mentorId: number | null;
  mentorName: string | null;
  lastContactOn: string | null;
  plannedReviewOn: string | null;
  consentWithdrawnOn: string | null;
  closedOn: string | null;
  outcome: Outcome | null;
  status: CourseStatus;
}

export interface Goal {
  id: number;
  text: string;
  status: GoalStatus;
}

export interface Referral {
  id: number;
  offer: Offer;
  municipalityId: number;
  municipalityName: string;
  referredOn: string;
}

export interface PayerPeriod {
  id: number;
  payer: Payer;
  fromDate: string;
  toDate: string | null;
}

export interface Assignment {
  id: number;
  mentorId: number;
  mentorName: string;
  fromDate: string;
  toDate: string | null;
  kind: AssignmentKind;
  overCapacityConfirmed: boolean;
}

export interface CourseDetail extends CourseRow {
  referredBy: Referrer;
  consentGivenOn: string | null;
  mentee: Mentee;
  themeIds: number[];
  goals: Goal[];
  referrals: Referral[];
  payerPeriods: PayerPeriod[];
  /** Who was responsible when, oldest first. */
  assignments: Assignment[];
  contactCount: number;
  /** The mentee's other courses, newest first. */
  otherCourses: Array<{ id: number; referralDate: string; closedOn: string | null; status: CourseStatus }>;
}

export interface CaseloadMentor {
  id: number;
  name: string;
  profession: Profession;
  capacity: number;
  activeCourses: number;
  overCapacity: boolean;
}

export interface CaseloadBoard {
  mentors: CaseloadMentor[];
  waiting: number;
}

export interface SuggestionResult {
  courseId: number;
  suggestions: Suggestion[];
}

export interface AssignResult {
  id: number;
  mentorId: number;
  overCapacityConfirmed: boolean;
}

export interface FollowUpRow extends CourseRow {
  daysSinceContact: number | null;
  noRecentContact: boolean;
  reviewDue: boolean;
  overTwoYears: boolean;
}

export interface ContactRow {
  id: number;
  type: ContactType;
  date: string;
  mentorId: number;
  mentorName: string;
  durationMinutes: number;
  school: string | null;
  className: string | null;
  headCount: number | null;
  participants: Array<{ courseId: number; menteeName: string }>;
  themeIds: number[];
}

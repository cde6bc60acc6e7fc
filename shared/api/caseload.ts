import type { z } from 'zod';
import { emptyInput } from '../schemas/common';
import {
  assignInput,
  byCourse,
  contactFields,
  contactList,
  contactUpdate,
  courseClose,
  courseList,
  courseRefer,
  courseUpdate,
  followUpList,
  goalFields,
  goalUpdate,
  handoverInput,
  menteeList,
  menteeMerge,
  menteeSimilar,
  menteeUpdate,
  payerPeriodFields,
  referralFields,
  themeFields,
  themeUpdate,
} from '../schemas/caseload';
import { byId } from '../schemas/roster';
import type {
  AssignResult,
  CaseloadBoard,
  ContactRow,
  CourseDetail,
  CourseRow,
  FollowUpRow,
  Goal,
  Mentee,
  Page,
  PayerPeriod,
  Referral,
  SuggestionResult,
  Theme,
} from '../caseloadTypes';

export const caseloadMethods = {
  'themes.list': { input: emptyInput, mutates: false },
  'themes.create': { input: themeFields, mutates: true },
  'themes.update': { input: themeUpdate, mutates: true },
  'mentees.list': { input: menteeList, mutates: false },
  'mentees.update': { input: menteeUpdate, mutates: true },
  'mentees.similar': { input: menteeSimilar, mutates: false },
  'mentees.mergePreview': { input: menteeMerge, mutates: false },
  'mentees.merge': { input: menteeMerge, mutates: true },
  'courses.list': { input: courseList, mutates: false },
  'courses.get': { input: byId('Forløb'), mutates: false },
  'courses.refer': { input: courseRefer, mutates: true },
  'courses.update': { input: courseUpdate, mutates: true },
  'courses.close': { input: courseClose, mutates: true },
  'goals.create': { input: goalFields, mutates: true },
  'goals.update': { input: goalUpdate, mutates: true },
  'goals.delete': { input: byId('Mål'), mutates: true },
  'referrals.create': { input: referralFields, mutates: true },
  'referrals.delete': { input: byId('Henvisning'), mutates: true },
  'payerPeriods.create': { input: payerPeriodFields, mutates: true },
  'payerPeriods.delete': { input: byId('Betalerperiode'), mutates: true },
  'caseload.board': { input: emptyInput, mutates: false },
  'caseload.suggest': { input: byCourse, mutates: false },
  'caseload.assign': { input: assignInput, mutates: true },
  'caseload.handover': { input: handoverInput, mutates: true },
  'followUp.list': { input: followUpList, mutates: false },
  'contacts.list': { input: contactList, mutates: false },
  'contacts.create': { input: contactFields, mutates: true },
  'contacts.update': { input: contactUpdate, mutates: true },
  'contacts.delete': { input: byId('Samtale'), mutates: true },
} as const;

export interface CaseloadResults {
  'themes.list': Theme[];
  'themes.create': Theme;
  'themes.update': Theme;
  'mentees.list': Page<Mentee>;
  'mentees.update': Mentee;
  'mentees.similar': SimilarMentee[];
  'mentees.mergePreview': MergePreview;
  'mentees.merge': MergePreview;
  'courses.list': Page<CourseRow>;
  'courses.get': CourseDetail;
  'courses.refer': CourseDetail;
  'courses.update': CourseDetail;
  'courses.close': CourseDetail;
  'goals.create': Goal;
  'goals.update': Goal;
  'goals.delete': { id: number };
  'referrals.create': Referral;
  'referrals.delete': { id: number };
  'payerPeriods.create': PayerPeriod;
  'payerPeriods.delete': { id: number };
  'caseload.board': CaseloadBoard;
  'caseload.suggest': SuggestionResult;
  'caseload.assign': AssignResult;
  'caseload.handover': { moved: number; overCapacityConfirmed: boolean };
  'followUp.list': Page<FollowUpRow>;
  'contacts.list': Page<ContactRow>;
  'contacts.create': ContactRow;
  'contacts.update': ContactRow;
  'contacts.delete': { id: number };
}

/** A known person the referral form offers instead of creating a new one. */
export interface SimilarMentee {
  id: number;
  name: string;
  birthYear: number;
  homeMunicipalityName: string;
  courses: number;
  openCourse: boolean;
}

/** Two records of one person: the one kept, the one merged into it, and what moves. */
export interface MergePreview {
  keep: Mentee;
  merge: Mentee;
  moving: { courses: number; openCourses: number; contacts: number; groupContacts: number; checkpoints: number; assignments: number };
}

export type CourseListInput = z.input<typeof courseList>;
export type ContactInput = z.input<typeof contactFields>;

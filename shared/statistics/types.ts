// What the statistics API returns: one result per year and filter, shown by the dashboard,
// the print report and the workbook alike.
import type { ContactType, Education, Offer, Outcome, Phase } from '../caseload';
import type { FollowUpFigure, PhaseReachRow, ValueForMoneyRow } from './definitions';
import type { SurveyResult } from './survey';

export interface StatisticsFilter {
  municipalityId: number | null;
  mentorId: number | null;
  education: Education | null;
}

export interface StatisticsYears {
  /** Years the statistics can be asked for, oldest first. */
  years: number[];
  currentYear: number;
  municipalities: { id: number; name: string }[];
  mentors: { id: number; name: string }[];
}

export interface MonthRow {
  /** 1–12. */
  month: number;
  byType: Record<ContactType, number>;
  total: number;
}

export interface MunicipalityReachRow {
  municipalityId: number;
  name: string;
  code: number;
  persons: number;
  /** Students in the year's billing key basis; null when the municipality is not in the key. */
  students: number | null;
  reach: number | null;
}

export interface MentorRow {
  mentorId: number;
  name: string;
  capacity: number;
  hoursPerWeek: number;
  /** Open courses the mentor was responsible for on the caseload date. */
  openCourses: number;
  persons: number;
  contacts: number;
  contactHours: number;
  contractHours: number;
}

export interface BillingSummary {
  versionId: number;
  version: number;
  locked: boolean;
  budgetOere: number;
  totalStudents: number;
  rows: {
    municipalityId: number;
    name: string;
    code: number;
    students: number;
    shareBasisPoints: number;
    amountOere: number;
    /** Optional student counts per phase (only the phases given). */
    phaseStudents: Partial<Record<Phase, number>>;
  }[];
}

export interface YearStatistics {
  year: number;
  filter: StatisticsFilter;
  /** Names of the filter's municipality and mentor, for headings. */
  filterLabel: string | null;
  from: string;
  to: string;
  /** What the report covers: the year, cut at today in the current year (reportPeriod). */
  period: { from: string; to: string };
  /** False when nothing was registered in the year (no contacts, closed courses or referrals). */
  hasData: boolean;
  contacts: {
    total: number;
    byType: { type: ContactType; count: number }[];
    byMonth: MonthRow[];
    hours: number;
    /** Heads counted at class sessions (not persons). */
    classSessionHeads: number;
  };
  persons: {
    total: number;
    /** A group contact counts once for each participant. */
    participations: number;
    contactsPerPerson: number | null;
    byMunicipality: MunicipalityReachRow[];
    byEducation: { education: Education; persons: number }[];
    byPhase: { phase: Phase; persons: number }[];
  };
  /** Persons ÷ students over the municipalities in the key; null without a key or under a mentor/education filter. */
  reach: { persons: number; students: number; rate: number | null } | null;
  /** Reach by phase; null without per-phase student counts in the year's key, or under a mentor/education filter. */
  phaseReach: PhaseReachRow[] | null;
  caseloadDate: string;
  mentors: MentorRow[];
  themes: { themeId: number; label: string; contacts: number; persons: number }[];
  referrals: { offer: Offer; count: number }[];
  outcomes: {
    byOutcome: { outcome: Outcome; count: number }[];
    closed: number;
    known: number;
    retained: number;
    retentionRate: number | null;
  };
  /** Null without a billing key for the year or when a filter is set. */
  valueForMoney: (ValueForMoneyRow & { name: string })[] | null;
  billing: BillingSummary | null;
  survey: SurveyResult | null;
  /** Where they are N months after close, for each configured checkpoint. */
  followUp: FollowUpStatistics;
}

export interface FollowUpStatistics {
  /** The configured checkpoints, months after close. */
  months: number[];
  /** The year's figure for each checkpoint. */
  figures: FollowUpFigure[];
  /** Each year from the first due checkpoint to this one, for each checkpoint. */
  trend: FollowUpFigure[];
}

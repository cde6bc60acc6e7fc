// Whom to assign a course to: a pure ranking with the reasons shown to the coordinator.
// Points: free capacity (share of capacity left), profession fitting the course's themes,
// visible at the mentee's school, employed by the mentee's home municipality.
import type { ThemeKey } from './caseload';
import { compareDanish } from './format';
import { PROFESSIONS, type Profession } from './reference';

/** Which professions fit which theme (brief: mental health -> the occupational therapist, economy -> the social worker …). */
export const THEME_PROFESSIONS: Record<ThemeKey, readonly Profession[]> = {
  psykisk: ['ergoterapeut'],
  misbrug: ['ergoterapeut', 'socialraadgiver'],
  fysisk: ['ergoterapeut'],
  struktur: ['ergoterapeut', 'specialpaedagog'],
  selvvaerd: ['ergoterapeut', 'socialpaedagog'],
  oekonomi: ['socialraadgiver'],
  bolig: ['socialraadgiver'],
  privatliv: ['socialraadgiver', 'socialpaedagog'],
  netvaerk: ['socialraadgiver', 'socialpaedagog'],
  konflikter: ['socialpaedagog', 'socialraadgiver'],
  eksamensangst: ['specialpaedagog', 'laerer'],
  skolestart: ['specialpaedagog', 'laerer'],
  andet: [],
};

const SUGGESTION_POINTS = { capacity: 4, full: -6, theme: 3, school: 2, municipality: 1 } as const;

export interface SuggestionMentor {
  id: number;
  name: string;
  profession: Profession;
  capacity: number;
  activeCourses: number;
  schools: readonly string[];
  employerMunicipalityId: number;
  employerMunicipalityName: string;
  active: boolean;
}

export interface SuggestionCourse {
  themes: ReadonlyArray<{ key: ThemeKey | null; label: string }>;
  school: string | null;
  homeMunicipalityId: number;
}

export interface SuggestionReason {
  text: string;
  /** Whether the reason counts for (plus) or against (minus) the mentor. */
  kind: 'plus' | 'minus';
}

export interface Suggestion {
  mentorId: number;
  mentorName: string;
  score: number;
  free: number;
  overCapacity: boolean;
  reasons: SuggestionReason[];
}

const sameSchool = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function rankMentors(mentors: readonly SuggestionMentor[], course: SuggestionCourse): Suggestion[] {
  const out: Suggestion[] = [];
  for (const m of mentors) {
    if (!m.active) continue;
    const reasons: SuggestionReason[] = [];
    let score = 0;
    const free = m.capacity - m.activeCourses;
    if (free > 0) {
      score += (SUGGESTION_POINTS.capacity * free) / m.capacity;
      reasons.push({ kind: 'plus', text: `Ledig kapacitet: ${free} af ${m.capacity} pladser` });
    } else {
      score += SUGGESTION_POINTS.full;
      reasons.push({ kind: 'minus', text: `Fuld: ${m.activeCourses}/${m.capacity} forløb` });
    }
    const fitting = course.themes.filter((t) => t.key !== null && THEME_PROFESSIONS[t.key].includes(m.profession));
    if (fitting.length) {
      score += SUGGESTION_POINTS.theme * fitting.length;
      reasons.push({ kind: 'plus', text: `${PROFESSIONS[m.profession]} passer til temaerne: ${fitting.map((t) => t.label.toLowerCase()).join(', ')}` });
    }
    const school = course.school ? m.schools.find((s) => sameSchool(s, course.school as string)) : undefined;
    if (school) {
      score += SUGGESTION_POINTS.school;
      reasons.push({ kind: 'plus', text: `Kendt på skolen (${school})` });
    }
    if (m.employerMunicipalityId === course.homeMunicipalityId) {
      score += SUGGESTION_POINTS.municipality;
      reasons.push({ kind: 'plus', text: `Ansat i elevens hjemkommune (${m.employerMunicipalityName})` });
    }
    out.push({ mentorId: m.id, mentorName: m.name, score: Math.round(score * 100) / 100, free, overCapacity: free <= 0, reasons });
  }
  return out.sort((a, b) => b.score - a.score || b.free - a.free || compareDanish(a.mentorName, b.mentorName));
}

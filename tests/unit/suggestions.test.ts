import { describe, expect, it } from 'vitest';
import { THEME_PROFESSIONS, rankMentors, type SuggestionMentor } from '../../shared/suggestions';
import { SEED_THEMES, daysBefore, daysBetween, yearsBefore } from '../../shared/caseload';

const mentor = (over: Partial<SuggestionMentor>): SuggestionMentor => ({
  id: 1,
  name: 'Mette',
  profession: 'socialraadgiver',
  capacity: 20,
  activeCourses: 10,
  schools: [],
  employerMunicipalityId: 1,
  employerMunicipalityName: 'Odense',
  active: true,
  ...over,
});

const mette = mentor({ id: 1, name: 'Mette Kjærgaard', profession: 'socialraadgiver' });
const soeren = mentor({ id: 2, name: 'Søren Aagaard', profession: 'ergoterapeut' });
const lone = mentor({ id: 3, name: 'Lone Østergård', profession: 'specialpaedagog' });
const theme = (key: keyof typeof SEED_THEMES) => ({ key, label: SEED_THEMES[key] });

describe('rankMentors', () => {
  it('puts the occupational therapist first for mental health, and says why', () => {
    const ranked = rankMentors([mette, soeren, lone], { themes: [theme('psykisk')], school: null, homeMunicipalityId: 99 });
    expect(ranked.map((s) => s.mentorName)).toEqual(['Søren Aagaard', 'Lone Østergård', 'Mette Kjærgaard']);
    expect(ranked[0].reasons.map((r) => r.text)).toContain('Ergoterapeut passer til temaerne: mental sundhed');
  });

  it('suggests the social worker for economy and housing, the special teacher for exam anxiety', () => {
    const course = { school: null, homeMunicipalityId: 99 };
    expect(rankMentors([mette, soeren, lone], { ...course, themes: [theme('oekonomi'), theme('bolig')] })[0].mentorName).toBe('Mette Kjærgaard');
    expect(rankMentors([mette, soeren, lone], { ...course, themes: [theme('eksamensangst')] })[0].mentorName).toBe('Lone Østergård');
  });

  it('ranks free capacity above a fitting profession when the fitting mentor is full', () => {
    const full = { ...soeren, activeCourses: 20 };
    const ranked = rankMentors([mette, full], { themes: [theme('psykisk')], school: null, homeMunicipalityId: 99 });
    expect(ranked.map((s) => s.mentorName)).toEqual(['Mette Kjærgaard', 'Søren Aagaard']);
    expect(ranked[1]).toMatchObject({ overCapacity: true, free: 0 });
    expect(ranked[1].reasons).toContainEqual({ kind: 'minus', text: 'Fuld: 20/20 forløb' });
  });

  it('counts school (ignoring case) and home municipality, and leaves out inactive mentors', () => {
    const atSchool = { ...lone, schools: ['SOSU Fyn, Svendborg'], employerMunicipalityId: 7, employerMunicipalityName: 'Svendborg' };
    const gone = { ...mette, id: 9, name: 'Anders Fratrådt', active: false };
    const ranked = rankMentors([mette, atSchool, gone], { themes: [], school: 'sosu fyn, svendborg', homeMunicipalityId: 7 });
    expect(ranked.map((s) => s.mentorName)).toEqual(['Lone Østergård', 'Mette Kjærgaard']);
    expect(ranked[0].reasons.map((r) => r.text)).toEqual([
      'Ledig kapacitet: 10 af 20 pladser',
      'Kendt på skolen (SOSU Fyn, Svendborg)',
      'Ansat i elevens hjemkommune (Svendborg)',
    ]);
  });

  it('breaks ties by free places, then by Danish name order', () => {
    const a = mentor({ id: 1, name: 'Åse', activeCourses: 5 });
    const b = mentor({ id: 2, name: 'Zenia', activeCourses: 5 });
    const c = mentor({ id: 3, name: 'Bo', activeCourses: 15 });
    expect(rankMentors([a, b, c], { themes: [], school: null, homeMunicipalityId: 99 }).map((s) => s.mentorName)).toEqual(['Zenia', 'Åse', 'Bo']);
  });

  it('has a profession list for every seeded theme, and user-added themes (no key) give no points', () => {
    expect(Object.keys(THEME_PROFESSIONS).sort()).toEqual(Object.keys(SEED_THEMES).sort());
    const [s] = rankMentors([soeren], { themes: [{ key: null, label: 'Kørekort' }], school: null, homeMunicipalityId: 99 });
    expect(s.reasons).toHaveLength(1);
  });
});

describe('date helpers', () => {
  it('counts days and years back', () => {
    expect(daysBefore('2026-03-01', 1)).toBe('2026-02-28');
    expect(daysBefore('2026-11-23', 30)).toBe('2026-10-24');
    expect(yearsBefore('2028-02-29', 2)).toBe('2026-02-28');
    expect(daysBetween('2026-10-24', '2026-11-23')).toBe(30);
  });
});

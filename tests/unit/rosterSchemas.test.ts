// The roster schemas as both sides use them: Danish numbers parse, and every error shows at once.
import { describe, expect, it } from 'vitest';
import { mentorFields, municipalityFields } from '../../shared/schemas/roster';

const paths = (r: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

const mentor = { name: 'Åge', profession: 'socialraadgiver', employerMunicipalityId: 1, hoursPerWeek: 37, activeFrom: '2026-01-01' };

describe('roster schemas', () => {
  it('reads hours, capacity and the municipality code as typed in Danish', () => {
    const m = mentorFields.parse({ ...mentor, hoursPerWeek: '37,5', capacity: '15' });
    expect([m.hoursPerWeek, m.capacity]).toEqual([37.5, 15]);
    expect(municipalityFields.parse({ name: 'Odense', code: '461' }).code).toBe(461);
    expect(mentorFields.parse(mentor).capacity).toBe(20);
  });

  it('names the field of a number that is no number, as before', () => {
    expect(paths(mentorFields.safeParse({ ...mentor, hoursPerWeek: 'mange' }))).toEqual({ hoursPerWeek: 'Timer pr. uge skal være et tal.' });
    expect(paths(mentorFields.safeParse({ ...mentor, capacity: '' }))).toEqual({ capacity: 'Kapacitet skal være et tal.' });
  });

  it('shows the period error together with field errors, even a wrong type', () => {
    const r = mentorFields.safeParse({ ...mentor, name: '', profession: null, activeFrom: '01.08.2026', activeTo: '01.01.2020' });
    expect(paths(r)).toEqual({
      name: 'Navn skal udfyldes.',
      profession: 'Faggruppe skal vælges.',
      activeTo: 'Aktiv til må ikke ligge før aktiv fra.',
    });
    const m = municipalityFields.safeParse({ name: '', code: null, participatingFrom: '2026-08-01', participatingTo: '2020-01-01' });
    expect(Object.keys(paths(m)).sort()).toEqual(['code', 'name', 'participatingTo']);
  });

  it('does not compare a date that did not parse', () => {
    expect(paths(mentorFields.safeParse({ ...mentor, activeFrom: 'snart', activeTo: '2020-01-01' }))).toEqual({ activeFrom: 'Aktiv fra er ikke en gyldig dato.' });
  });
});

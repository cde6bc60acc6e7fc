import type { rosterMethods } from '../../../shared/api/roster';
import { fieldError } from '../../../shared/errors';
import { compareDanish } from '../../../shared/format';
import { FUNEN_MUNICIPALITIES, PROFESSIONS } from '../../../shared/reference';
import type { Mentor } from '../../../shared/types';
import { assertMunicipalityExists } from '../checks';
import type { HandlerMap } from '../registry';
import {
  addMissingMunicipalities,
  assertCodeFree,
  findMentors,
  getMentor,
  getMunicipality,
  insertMentor,
  insertMunicipality,
  listMunicipalities,
  setMentorActiveTo,
  updateMentor,
  updateMunicipality,
} from '../roster/store';

type RosterHandlers = Pick<HandlerMap, keyof typeof rosterMethods>;

export const rosterHandlers: RosterHandlers = {
  'municipalities.list': (_input, { db }) => listMunicipalities(db).sort((a, b) => compareDanish(a.name, b.name)),

  'municipalities.create': (m, { db }) => {
    assertCodeFree(db, m.code, null);
    return getMunicipality(db, insertMunicipality(db, m));
  },

  'municipalities.update': ({ id, data: m }, { db }) => {
    getMunicipality(db, id);
    assertCodeFree(db, m.code, id);
    updateMunicipality(db, id, m);
    return getMunicipality(db, id);
  },

  'municipalities.addFunen': (_input, { db }) => {
    const added = addMissingMunicipalities(db, FUNEN_MUNICIPALITIES);
    return { added, skipped: FUNEN_MUNICIPALITIES.length - added };
  },

  // The roster is tens of rows: filter in SQL, sort in Danish order with Intl.Collator.
  'mentors.list': ({ search, sort, direction, includeInactive }, { db, today }) => {
    const mentors = findMentors(db, { search, includeInactive }, today());
    const byName = (a: Mentor, b: Mentor) => compareDanish(a.name, b.name);
    const compare: Record<typeof sort, (a: Mentor, b: Mentor) => number> = {
      name: byName,
      profession: (a, b) => compareDanish(PROFESSIONS[a.profession], PROFESSIONS[b.profession]) || byName(a, b),
      municipality: (a, b) => compareDanish(a.employerMunicipalityName, b.employerMunicipalityName) || byName(a, b),
      capacity: (a, b) => a.capacity - b.capacity || byName(a, b),
      activeFrom: (a, b) => a.activeFrom.localeCompare(b.activeFrom) || byName(a, b),
    };
    const sign = direction === 'asc' ? 1 : -1;
    return mentors.sort((a, b) => sign * compare[sort](a, b));
  },

  'mentors.get': ({ id }, { db, today }) => getMentor(db, id, today()),

  'mentors.create': (m, { db, today }) => {
    assertMunicipalityExists(db, m.employerMunicipalityId, 'employerMunicipalityId', 'Ansættende kommune');
    return getMentor(db, insertMentor(db, m), today());
  },

  'mentors.update': ({ id, data: m }, { db, today }) => {
    getMentor(db, id, today());
    assertMunicipalityExists(db, m.employerMunicipalityId, 'data.employerMunicipalityId', 'Ansættende kommune');
    updateMentor(db, id, m);
    return getMentor(db, id, today());
  },

  'mentors.deactivate': ({ id, activeTo }, { db, today }) => {
    const mentor = getMentor(db, id, today());
    if (activeTo < mentor.activeFrom) throw fieldError('activeTo', 'Aktiv til må ikke ligge før aktiv fra.');
    setMentorActiveTo(db, id, activeTo);
    return getMentor(db, id, today());
  },
};

import { z } from 'zod';
import { byId, mentorDeactivate, mentorFields, mentorList, mentorUpdate, municipalityFields, municipalityUpdate } from '../schemas/roster';
import { emptyInput } from '../schemas/common';
import type { Mentor, Municipality } from '../types';

export const rosterMethods = {
  'municipalities.list': { input: emptyInput, mutates: false },
  'municipalities.create': { input: municipalityFields, mutates: true },
  'municipalities.update': { input: municipalityUpdate, mutates: true },
  'municipalities.addFunen': { input: emptyInput, mutates: true },
  'mentors.list': { input: mentorList, mutates: false },
  'mentors.get': { input: byId('Mentor'), mutates: false },
  'mentors.create': { input: mentorFields, mutates: true },
  'mentors.update': { input: mentorUpdate, mutates: true },
  'mentors.deactivate': { input: mentorDeactivate, mutates: true },
} as const;

export interface RosterResults {
  'municipalities.list': Municipality[];
  'municipalities.create': Municipality;
  'municipalities.update': Municipality;
  'municipalities.addFunen': { added: number; skipped: number };
  'mentors.list': Mentor[];
  'mentors.get': Mentor;
  'mentors.create': Mentor;
  'mentors.update': Mentor;
  'mentors.deactivate': Mentor;
}

export type MentorListInput = z.input<typeof mentorList>;

// A contact's participants as a sheet names them ("Anna Jensen (2006)") -> the course each one had open
// on the contact's date. Exactly one mentee must fit; otherwise the message says what to write instead.
import type { CourseSpanRef, Lookups, MenteeRef } from './lookup';

/** `message` null: the name is known, but without a valid date the course cannot be chosen (the date has its own problem). */
export type ParticipantMatch = { ok: true; courseId: number; mentee: MenteeRef } | { ok: false; message: string | null };

/** "Anna Jensen (2006)" -> name and birth year. */
export function parseParticipant(text: string): { name: string; birthYear: number | null } {
  const m = /^(.*?)\s*\(\s*(\d{4})\s*\)$/.exec(text.trim());
  return m ? { name: m[1].trim(), birthYear: Number(m[2]) } : { name: text.trim(), birthYear: null };
}

/** The course of the mentee that covers the day: referred by then, not closed before, consent not withdrawn before. */
export const courseOpenOn = (courses: CourseSpanRef[], day: string): CourseSpanRef | undefined =>
  courses.find((c) => c.referralDate <= day && (c.closedOn === null || c.closedOn >= day) && (c.consentWithdrawnOn === null || c.consentWithdrawnOn >= day));

export function matchParticipant(look: Lookups, text: string, day: string | null): ParticipantMatch {
  const { name, birthYear } = parseParticipant(text);
  const named = look.mentees(name, birthYear);
  if (!named.length) {
    const who = birthYear ? `${name} (${birthYear})` : name;
    return { ok: false, message: `Deltageren ${who} findes ikke.` };
  }
  // Without a valid date only the name can be checked; the date's own problem is reported at Dato.
  if (day === null) return named.length === 1 ? { ok: false, message: null } : ambiguous(name);
  const open = named.map((mentee) => ({ mentee, course: courseOpenOn(look.coursesOf(mentee.id), day) })).filter((x) => x.course);
  if (!open.length) return { ok: false, message: `${text.trim()} har intet åbent forløb på datoen.` };
  if (open.length > 1) return ambiguous(name);
  return { ok: true, courseId: open[0].course!.id, mentee: open[0].mentee };
}

const ambiguous = (name: string): ParticipantMatch => ({
  ok: false,
  message: `Flere med samme navn (${name}) – skriv fødselsåret i parentes, f.eks. ${name} (2006).`,
});

// When two mentee records are likely one person: the same name folded for case, spacing and the
// Danish letters (Åse = Aase = ÅSE, Søren = Soeren, Ærø = Aeroe), the same birth year and home
// municipality. Only exact matches of the folded name count: a near miss is another person.

const LETTERS: Readonly<Record<string, string>> = { æ: 'ae', ø: 'oe', å: 'aa', ä: 'ae', ö: 'oe', ü: 'ue' };

/** The folded name two records of one person share. */
export function personNameKey(name: string): string {
  const lower = name.normalize('NFC').toLowerCase();
  const spelled = [...lower].map((c) => LETTERS[c] ?? c).join('');
  // Other accents (é, ñ) are dropped; hyphens and runs of spaces are one space.
  return spelled
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\s-]+/g, ' ')
    .trim();
}

export interface PersonKey {
  name: string;
  birthYear: number;
  homeMunicipalityId: number;
}

export const samePerson = (a: PersonKey, b: PersonKey) =>
  a.birthYear === b.birthYear && a.homeMunicipalityId === b.homeMunicipalityId && personNameKey(a.name) === personNameKey(b.name);

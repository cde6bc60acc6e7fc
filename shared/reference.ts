// Reference data from the product brief (Danmarks Statistik's municipality codes).

export const FUNEN_MUNICIPALITIES: ReadonlyArray<{ code: number; name: string }> = [
  { code: 410, name: 'Middelfart' },
  { code: 420, name: 'Assens' },
  { code: 430, name: 'Faaborg-Midtfyn' },
  { code: 440, name: 'Kerteminde' },
  { code: 450, name: 'Nyborg' },
  { code: 461, name: 'Odense' },
  { code: 479, name: 'Svendborg' },
  { code: 480, name: 'Nordfyns' },
  { code: 482, name: 'Langeland' },
  { code: 492, name: 'Ærø' },
];

export const PROFESSIONS = {
  socialraadgiver: 'Socialrådgiver',
  ergoterapeut: 'Ergoterapeut',
  specialpaedagog: 'Speciallærer',
  socialpaedagog: 'Socialpædagog',
  laerer: 'Lærer',
  andet: 'Andet',
} as const;
export type Profession = keyof typeof PROFESSIONS;
export const PROFESSION_KEYS = Object.keys(PROFESSIONS) as [Profession, ...Profession[]];

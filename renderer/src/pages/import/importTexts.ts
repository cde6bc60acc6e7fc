// The import page's Danish words for the contract's codes, and where each kind's rows end up.
import type { ImportProgress, PlannedAction } from '../../../../shared/api/import';
import type { ImportKind } from '../../../../shared/import/kinds';
import { formatInteger } from '../../../../shared/format';
import type { Route } from '../../../../shared/routes';

export const ACTION_LABELS: Record<PlannedAction, string> = {
  create: 'Ny',
  update: 'Ændres',
  unchanged: 'Findes allerede',
};

export const PHASE_LABELS: Record<ImportProgress['phase'], string> = {
  upload: 'Modtager filen',
  reading: 'Læser filen',
  checking: 'Tjekker rækkerne',
  writing: 'Gemmer i datafilen',
  done: 'Færdig',
};

/** The page that shows what a kind imported, for the link after the import. */
export const KIND_PAGES: Record<ImportKind, { route: Route; label: string }> = {
  municipalities: { route: { name: 'municipalities' }, label: 'Kommuner' },
  studentCounts: { route: { name: 'billing' }, label: 'Fordelingsnøgle' },
  mentors: { route: { name: 'mentors' }, label: 'Mentorer' },
  courses: { route: { name: 'courses' }, label: 'Forløb' },
  contacts: { route: { name: 'contacts' }, label: 'Samtaler' },
};

/** Where a mapping came from, as the coordinator reads it next to each column. */
export const SOURCE_LABELS = {
  detected: 'Genkendt fra overskrifterne',
  remembered: 'Husket fra sidste import',
  given: 'Valgt af dig',
} as const;

/** "3 nye, 1 ændres, 5 findes allerede". */
export const countsText = (c: Record<PlannedAction, number>): string =>
  `${formatInteger(c.create)} nye, ${formatInteger(c.update)} ændres, ${formatInteger(c.unchanged)} findes allerede`;

// The demo corps' billing year: this year's key with plausible SOSU student counts and budget, not yet issued.
// Every municipality has an EAN and references (demo/roster.ts), so issuing it numbers ten statements without warnings.
import type { BackendContext } from '../context';
import { createYear } from '../billing/store';
import { demoEan } from './roster';

/** Invented student counts (about 1,400 SOSU students on Funen), by municipality code. */
const DEMO_STUDENTS: Record<number, number> = {
  461: 548, // Odense
  479: 162, // Svendborg
  430: 141, // Faaborg-Midtfyn
  420: 118, // Assens
  410: 112, // Middelfart
  450: 96, // Nyborg
  480: 87, // Nordfyns
  440: 71, // Kerteminde
  482: 39, // Langeland
  492: 24, // Ærø
};

export function addDemoBilling(ctx: BackendContext): void {
  const year = Number(ctx.today().slice(0, 4));
  const municipalities = ctx.db.prepare('SELECT id, code FROM municipalities').all() as { id: number; code: number }[];
  const participants = municipalities
    .filter((m) => m.code in DEMO_STUDENTS)
    .map((m) => ({ municipalityId: m.id, students: DEMO_STUDENTS[m.code], countDate: `${year - 1}-09-05`, source: 'Elevliste fra SOSU Fyn pr. 5. september' }));
  createYear(ctx, {
    year,
    participants,
    costLines: [
      { kind: 'loen', description: 'Tre mentorer, 37 + 37 + 32 timer/uge, inkl. pension', amountOere: 168_600_000 },
      { kind: 'husleje', description: 'Kontor og samtalerum, Odense', amountOere: 14_400_000 },
      { kind: 'supervision', description: 'Ekstern supervision, 10 gange', amountOere: 6_000_000 },
      { kind: 'transport', description: 'Kørsel mellem skoler og praktiksteder', amountOere: 8_500_000 },
      { kind: 'andet', description: 'Kurser, materialer og IT', amountOere: 4_500_000 },
    ],
    instalmentDueDates: [`${year}-01-01`, `${year}-04-01`, `${year}-07-01`, `${year}-10-01`],
    paymentTermsDays: 30,
    payeeName: 'Odense Kommune (værtskommune)',
    payeeCvr: '35209115',
    payeeAddress: 'Flakhaven 2, 5000 Odense C',
    confirmZeroBudget: false,
    payeeEan: demoEan(461),
    payeeRegNo: '1234',
    payeeAccount: '0012345678',
    statementText:
      'Fælles Fynsk Mentorkorps finansieres af de ti fynske kommuner efter en årlig fordelingsnøgle, der følger antallet af social- og sundhedselever i hver kommune. Hele nøglen vises, så alle kommuner kan se, at fordelingen er ens for alle.',
    contactName: 'Hanne Lund, koordinator (demo)',
    contactEmail: 'koordinator@mentorkorps.example.dk',
    contactPhone: '12 34 56 78',
  });
}

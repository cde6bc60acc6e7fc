// The demo corps' mentee survey for this year, shaped like the real Funen evaluation:
// about 470 invited, 210 answers, 67 % agreeing that the talks mattered for staying in education.
import type { BackendContext } from '../context';
import { saveSurvey } from '../evaluation/survey';

export function addDemoSurvey(ctx: BackendContext): void {
  const year = Number(ctx.today().slice(0, 4));
  saveSurvey(
    ctx.db,
    {
      year,
      invitations: 470,
      respondents: 210,
      note: 'Elektronisk spørgeskema sendt til alle elever med mindst én samtale i året (demo).',
      questions: [
        { text: 'Samtalerne med mentor har haft betydning for, at jeg er blevet i uddannelsen.', counts: { enig: 141, delvis: 38, uenig: 17, ved_ikke: 14 } },
        { text: 'Jeg har fået hjælp til det, jeg havde brug for.', counts: { enig: 152, delvis: 36, uenig: 12, ved_ikke: 8 } },
        { text: 'Jeg vil anbefale mentorkorpset til andre elever.', counts: { enig: 171, delvis: 22, uenig: 6, ved_ikke: 9 } },
      ],
    },
    ctx.today(),
  );
}

// The sheets that are kept for the archive but not imported: the history and detail of courses,
// the billing keys with every version, the survey and the erasure decisions. A course is named by
// its number (Forløb-id, as in the JSON) and by Mentee-id + referral date, which the Mentees sheet shows.
import type ExcelJS from 'exceljs';
import { ASSIGNMENT_KINDS, GOAL_STATUSES, OFFERS, PAYERS, PHASES, PHASE_KEYS } from '../../../shared/caseload';
import { COST_KINDS, type CostKind } from '../../../shared/billing/types';
import { CHECKPOINT_SOURCES, CHECKPOINT_STATUSES, type CheckpointSource, type CheckpointStatus } from '../../../shared/followUp';
import { PRIVACY_KINDS } from '../../../shared/privacy/anonymous';
import { addFinanceSheets } from './financeSheets';
import { addTable, date, kroner, num, text, type SheetColumn, type SheetValue } from './sheet';
import type { ExportDocument } from './types';

const yesNo = (v: boolean) => (v ? 'ja' : 'nej');
const COURSE = [num('Forløb-id'), num('Mentee-id'), date('Forløbets henvisningsdato')];

export function addArchiveSheets(wb: ExcelJS.Workbook, doc: ExportDocument): void {
  const courses = new Map(doc.courses.map((c) => [c.id, c]));
  const municipality = new Map(doc.municipalities.map((m) => [m.id, m]));
  const mentor = new Map(doc.mentors.map((m) => [m.id, m.name]));
  const courseCells = (id: number): SheetValue[] => [id, courses.get(id)?.menteeId, courses.get(id)?.referralDate];
  const table = (name: string, columns: SheetColumn[], rows: SheetValue[][]) => addTable(wb, name, columns, rows);

  table('Temaer', [text('Tema', 32), text('Aktiv'), num('Rækkefølge'), text('Nøgle'), num('Tema-id')], doc.themes.map((t) => [t.label, yesNo(t.active), t.position, t.key, t.id]));
  table(
    'Mentorhistorik',
    [...COURSE, text('Mentor', 24), date('Fra'), date('Til'), text('Slags'), text('Over kapacitet bekræftet'), text('Registreret', 22)],
    doc.assignments.map((a) => [...courseCells(a.courseId), mentor.get(a.mentorId), a.fromDate, a.toDate, ASSIGNMENT_KINDS[a.kind], yesNo(a.overCapacityConfirmed), a.recordedAt]),
  );
  table('Mål', [...COURSE, text('Mål', 60), text('Status')], doc.goals.map((g) => [...courseCells(g.courseId), g.text, GOAL_STATUSES[g.status]]));
  table(
    'Henvisninger videre',
    [...COURSE, text('Tilbud', 24), text('Kommune', 24), date('Henvist den')],
    doc.referrals.map((r) => [...courseCells(r.courseId), OFFERS[r.offer], municipality.get(r.municipalityId)?.name, r.referredOn]),
  );
  table(
    'Betalerperioder',
    [...COURSE, text('Betaler', 32), date('Fra'), date('Til')],
    doc.payerPeriods.map((p) => [...courseCells(p.courseId), PAYERS[p.payer], p.fromDate, p.toDate]),
  );
  table(
    'Opfølgning',
    [...COURSE, num('Måneder efter afslutning'), text('Status', 28), date('Oplyst den'), text('Kilde', 24), text('Registreret', 22)],
    doc.checkpoints.map((c) => [
      ...courseCells(c.courseId),
      c.months,
      CHECKPOINT_STATUSES[c.status as CheckpointStatus] ?? c.status,
      c.learnedOn,
      CHECKPOINT_SOURCES[c.source as CheckpointSource] ?? c.source,
      c.recordedAt,
    ]),
  );

  const versions = doc.billingVersions;
  table(
    'Nøgleversioner',
    [
      num('År'), num('Version'), text('Status'), text('Gælder for året'), date('Oprettet'), date('Udstedt'), text('Begrundelse', 30), kroner('Budget (kr.)'),
      num('Betalingsfrist (dage)'), text('Betalingsmodtager', 30), text('EAN'), text('Reg.nr.'), text('Konto'), text('CVR-nummer'), text('Betalingsmodtagers adresse', 30),
      text('Kontaktperson', 24), text('E-mail', 24), text('Telefon'), kroner('Faktisk udgift (kr.)'), date('Afregnet den'), text('Note til afregning', 30),
      date('Efterregulering forfalder'), date('Efterregulering udstedt'), text('Tekst på opkrævningen', 60),
    ],
    versions.map((v) => [
      v.year, v.version, v.status === 'draft' ? 'Udkast' : 'Udstedt', yesNo(v.inForce), v.createdOn, v.lockedOn, v.reason, v.budgetOere, v.paymentTermsDays,
      v.payeeName, v.payeeEan, v.payeeRegNo, v.payeeAccount, v.payeeCvr, v.payeeAddress, v.contactName, v.contactEmail, v.contactPhone,
      v.settlement?.actualCostOere, v.settlement?.enteredOn, v.settlement?.note, v.settlement?.dueDate, v.settlement?.issuedOn, v.statementText,
    ]),
  );
  table(
    'Nøglegrundlag',
    [num('År'), num('Version'), text('Kommune', 24), num('Kommunekode'), num('Elevtal'), date('Tælledato'), text('Kilde', 30), ...PHASE_KEYS.map((p) => num(`Elever i ${PHASES[p].toLowerCase()}`))],
    versions.flatMap((v) =>
      v.participants.map((p) => [
        v.year, v.version, municipality.get(p.municipalityId)?.name, municipality.get(p.municipalityId)?.code, p.students, p.countDate, p.source,
        ...PHASE_KEYS.map((k) => p.phaseStudents[k]),
      ]),
    ),
  );
  table(
    'Omkostninger',
    [num('År'), num('Version'), num('Linje'), text('Slags', 20), text('Beskrivelse', 50), kroner('Beløb (kr.)')],
    versions.flatMap((v) => v.costLines.map((c) => [v.year, v.version, c.position, COST_KINDS[c.kind as CostKind] ?? c.kind, c.description, c.amountOere])),
  );
  table('Rater', [num('År'), num('Version'), num('Rate'), date('Forfald')], versions.flatMap((v) => v.instalments.map((i) => [v.year, v.version, i.number, i.dueDate])));
  addFinanceSheets(wb, doc);
  table(
    'Spørgeskema',
    [num('År'), num('Inviterede'), num('Besvarelser'), text('Note', 30), num('Spørgsmål nr.'), text('Spørgsmål', 60), num('Enig'), num('Delvis enig'), num('Uenig'), num('Ved ikke')],
    doc.surveys.flatMap((s) => s.questions.map((q) => [s.year, s.invitations, s.respondents, s.note, q.position, q.text, q.enig, q.delvis, q.uenig, q.vedIkke])),
  );
  table(
    'Sletninger',
    [text('Besluttet', 22), text('Slags', 36), num('Mentee-id'), num('Personer'), num('Forløb'), num('Opbevaringsår'), date('Skæringsdato'), text('Begrundelse', 40)],
    doc.privacyDecisions.map((p) => [p.decidedAt, PRIVACY_KINDS[p.kind], p.menteeId, p.persons, p.courses, p.retentionYears, p.cutoff, p.reason]),
  );
}

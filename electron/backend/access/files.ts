// The access answer as machine-readable files: a workbook with one sheet per kind of data, and JSON.
import type ExcelJS from 'exceljs';
import { excel } from '../export/excel';
import type { AccessData } from '../../../shared/api/access';
import { formatDate, formatDateTime } from '../../../shared/format';

type Cell = string | number | null;

function sheet(wb: ExcelJS.Workbook, name: string, headers: string[], rows: Cell[][], widths: number[]): void {
  const ws = wb.addWorksheet(name);
  ws.addRow(headers).font = { bold: true };
  for (const r of rows) ws.addRow(r.map((c) => c ?? ''));
  ws.columns.forEach((c, i) => (c.width = widths[i] ?? 20));
}

const d = (iso: string | null) => (iso ? formatDate(iso) : '');

export async function accessWorkbook(a: AccessData): Promise<Buffer> {
  const wb = new (await excel()).Workbook();
  wb.creator = 'Mentorkorps';
  const p = a.person;
  sheet(
    wb,
    'Person',
    ['Felt', 'Værdi'],
    [
      ['Navn', p.name],
      ['Fødselsår', p.birthYear],
      ['Hjemkommune', p.homeMunicipality],
      ['Uddannelse', p.education],
      ['Skole', p.school],
      ['Telefon', p.phone],
      ['E-mail', p.email],
      ['Udtrukket', d(a.generatedOn)],
      ['Formål med udtrækket', a.purpose],
      ['Opbevaring', a.retention.text],
    ],
    [24, 80],
  );
  sheet(
    wb,
    'Forløb',
    ['Forløb', 'Henvist', 'Henvist af', 'Fase ved start', 'Status', 'Samtykke givet', 'Samtykke trukket tilbage', 'Planlagt opfølgning', 'Afsluttet', 'Udfald', 'Mentor', 'Temaer'],
    a.courses.map((c) => [c.id, d(c.referralDate), c.referredBy, c.phaseAtStart, c.status, d(c.consentGivenOn), d(c.consentWithdrawnOn), d(c.plannedReviewOn), d(c.closedOn), c.outcome, c.mentor, c.themes.join(', ')]),
    [8, 12, 22, 22, 12, 14, 14, 14, 12, 20, 22, 40],
  );
  sheet(wb, 'Mål', ['Forløb', 'Mål', 'Status'], a.courses.flatMap((c) => c.goals.map((g) => [c.id, g.text, g.status])), [8, 60, 14]);
  sheet(wb, 'Henvisninger', ['Forløb', 'Tilbud', 'Kommune', 'Dato'], a.courses.flatMap((c) => c.referrals.map((r) => [c.id, r.offer, r.municipality, d(r.referredOn)])), [8, 24, 20, 12]);
  sheet(wb, 'Betalere', ['Forløb', 'Betaler', 'Fra', 'Til'], a.courses.flatMap((c) => c.payerPeriods.map((x) => [c.id, x.payer, d(x.fromDate), d(x.toDate)])), [8, 32, 12, 12]);
  sheet(wb, 'Mentorer', ['Forløb', 'Mentor', 'Fra', 'Til', 'Hvordan'], a.courses.flatMap((c) => c.mentorHistory.map((x) => [c.id, x.mentor, d(x.fromDate), d(x.toDate), x.kind])), [8, 24, 12, 12, 20]);
  sheet(
    wb,
    'Opfølgning',
    ['Forløb', 'Måneder efter', 'Status', 'Oplyst den', 'Kilde'],
    a.courses.flatMap((c) => c.checkpoints.map((x) => [c.id, x.months, x.status, d(x.learnedOn), x.source])),
    [8, 14, 32, 12, 16],
  );
  sheet(
    wb,
    'Samtaler',
    ['Dato', 'Type', 'Forløb', 'Mentor', 'Minutter', 'Temaer', 'Bemærkning'],
    a.contacts.map((k) => [d(k.date), k.type, k.courseId, k.mentor, k.durationMinutes, k.themes.join(', '), k.note]),
    [12, 22, 8, 22, 10, 40, 30],
  );
  sheet(wb, 'Opslag i dine data', ['Tidspunkt', 'Handling', 'Formål'], a.readLog.map((l) => [formatDateTime(l.at), l.action, l.purpose]), [18, 40, 30]);
  const pr = a.processing;
  sheet(
    wb,
    'Behandling',
    ['Emne', 'Tekst'],
    [
      ...pr.purposes.map((t) => ['Formål', t]),
      ...pr.legalBasis.map((t) => ['Retsgrundlag', t]),
      ...pr.recipients.map((t) => ['Modtagere', t]),
      ...pr.registered.map((r) => ['Registreres', `${r.group}: ${r.fields}`]),
      ...pr.notRegistered.map((t) => ['Registreres ikke', t]),
      ['Opbevaring', a.retention.text],
      ['Klage', pr.complaint],
      ['Databeskyttelsesrådgiver', a.dpoContact ?? 'Spørg kommunen om kontakt til databeskyttelsesrådgiveren.'],
    ],
    [24, 100],
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const accessJson = (a: AccessData): Buffer => Buffer.from(JSON.stringify(a, null, 2), 'utf8');

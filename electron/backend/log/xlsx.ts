// The audit log as a workbook for the data protection officer: one row per change or look-up.
import { excel } from '../export/excel';
import type { LogEntry } from '../../../shared/api/log';
import { formatDateTime } from '../../../shared/format';

const KIND = { read: 'Læsning', write: 'Ændring' } as const;

export async function logWorkbook(entries: readonly LogEntry[], heading: string): Promise<Buffer> {
  const wb = new (await excel()).Workbook();
  wb.creator = 'Mentorkorps';
  const sheet = wb.addWorksheet('Log');
  sheet.addRow([heading]).font = { bold: true, size: 13 };
  sheet.addRow(['Tidspunkt', 'Slags', 'Handling', 'Person', 'Formål', 'Felter']).font = { bold: true };
  for (const e of entries) {
    const person = e.menteeId === null ? '' : (e.menteeName ?? `Slettet person (nr. ${e.menteeId})`);
    sheet.addRow([formatDateTime(e.at), KIND[e.kind], e.action, person, e.purpose ?? '', e.fields.join(', ')]);
  }
  sheet.columns.forEach((c, i) => (c.width = [18, 10, 36, 28, 24, 40][i]));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

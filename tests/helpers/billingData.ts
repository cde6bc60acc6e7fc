// A billing year for handler tests, and a fake PDF printer standing in for Chromium.
import type { MethodInput } from '../../shared/api/index';
import type { PdfJobStatus } from '../../shared/billing/types';
import type { PdfPrinter } from '../../electron/backend/pdf/printer';
import type { Registry } from '../../electron/backend/registry';

export type YearInput = MethodInput<'billing.create'> & { participants: { students: number }[] };

export async function municipalityIds(registry: Registry): Promise<Record<string, number>> {
  const list = await registry.call('municipalities.list');
  return Object.fromEntries(list.map((m) => [m.name, m.id]));
}

/** Four Funen municipalities for 2027 (the ten must be added first). */
export async function billingYearInput(registry: Registry, over: Record<string, unknown> = {}): Promise<YearInput> {
  const m = await municipalityIds(registry);
  const input: YearInput = {
    year: 2027,
    participants: [
      { municipalityId: m.Odense, students: 500, countDate: '2026-09-05', source: 'SOSU Fyn' },
      { municipalityId: m.Ærø, students: 25, countDate: '2026-09-05', source: 'SOSU Fyn' },
      { municipalityId: m.Middelfart, students: 100, countDate: '2026-09-05', source: 'SOSU Fyn' },
      { municipalityId: m.Langeland, students: 0, countDate: '2026-09-05', source: 'SOSU Fyn' },
    ],
    costLines: [
      { kind: 'loen', description: 'Tre mentorer', amountOere: 150_000_000 },
      { kind: 'husleje', amountOere: 12_345_67 },
    ],
    instalmentDueDates: ['2027-01-01', '2027-04-01', '2027-07-01', '2027-10-01'],
    paymentTermsDays: 30,
    payeeName: 'Odense Kommune',
    payeeCvr: '35209115',
    payeeAddress: 'Flakhaven 2, 5000 Odense C',
    payeeEan: '5798000004610',
    payeeRegNo: '1234',
    payeeAccount: '0012345678',
    contactName: 'Hanne Lund',
  };
  return { ...input, ...over } as YearInput;
}

/** A small but well-formed one-page PDF showing `text` (ASCII), so readers of the output see a real PDF. */
export function minimalPdf(text: string): Buffer {
  const safe = text.replace(/[\\()]/g, (c) => `\\${c}`);
  const content = `BT /F1 12 Tf 50 800 Td (${safe}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

export type TestPrinter = PdfPrinter & { routes: string[]; sessions: number };

/** Stands in for Chromium at the printer boundary so naming, progress and clean-up can be tested fast. */
export function testPrinter(failOn?: string): TestPrinter {
  const printer: TestPrinter = {
    routes: [],
    sessions: 0,
    async open() {
      printer.sessions++;
      return {
        async render(route: string) {
          printer.routes.push(route);
          await new Promise((r) => setTimeout(r, 5));
          if (failOn && route.includes(failOn)) throw new Error('siden svarede ikke');
          return minimalPdf(route);
        },
        async close() {},
      };
    },
  };
  return printer;
}

/** Polls a PDF job as the billing page does until it has ended; its last status. */
export async function finishedPdfJob(registry: Registry, jobId: string): Promise<PdfJobStatus> {
  for (;;) {
    const job = await registry.call('billing.pdfJob', { jobId });
    if (job.state !== 'running') return job;
    await new Promise((r) => setTimeout(r, 10));
  }
}

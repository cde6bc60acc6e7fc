// Run in a child process by billingPdfExport.test.ts: exports statements into the folder given on the
// command line, as if the coordinator had picked it in the dialog, and prints the outcome as JSON.
// A separate process because a synchronous hang (recursive mkdir on /proc loops) cannot be timed out in-process.
import { ApiError } from '../../shared/errors';
import { makeBackend } from './backend';
import { billingYearInput, testPrinter } from './billingData';

async function main(folder: string): Promise<void> {
  const b = makeBackend();
  try {
    await b.registry.call('municipalities.addFunen');
    const v = await b.registry.call('billing.create', await billingYearInput(b.registry));
    await b.registry.call('billing.issue', { id: v.id, acceptWarnings: true });
    b.ctx.pdfPrinter = testPrinter();
    b.ctx.chooseFolder = async () => folder;
    const result = await b.registry.call('billing.exportPdfs', { id: v.id, kind: 'opkraevning' });
    console.log(JSON.stringify({ ok: true, result }));
  } catch (err) {
    console.log(JSON.stringify({ ok: false, code: err instanceof ApiError ? err.code : null, message: err instanceof Error ? err.message : String(err) }));
  } finally {
    b.cleanup();
  }
}

void main(process.argv[2]);

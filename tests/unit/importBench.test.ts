// The benchmark helper works end to end (the lead measures 10,000 contacts with it once that kind is in).
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { timeImport, writeSheetStreaming } from '../../electron/backend/import/bench';
import { makeBackend, type TestBackend } from '../helpers/backend';

let b: TestBackend;
afterEach(() => b?.cleanup());

it('writes a large sheet streaming and times upload, dry run and import of it', async () => {
  b = makeBackend();
  await b.registry.call('municipalities.addFunen');
  const file = path.join(b.dir, 'mentorer.xlsx');
  const N = Number(process.env.IMPORT_BENCH_ROWS ?? 2000);
  function* rows() {
    for (let i = 0; i < N; i++) yield [`Mentor ${i}`, 'Lærer', i % 2 ? 'Odense' : '479', 10 + (i % 20), '01.08.2024', null, 'Tietgen; SDE'];
  }
  await writeSheetStreaming(file, ['Navn', 'Faggruppe', 'Kommune', 'Timer', 'Aktiv fra', 'Aktiv til', 'Skoler'], rows());
  const t = await timeImport(b.registry, file, 'mentors');
  expect(t).toMatchObject({ rows: N, created: N, updated: 0, problems: 0 });
  expect((b.ctx.db.prepare('SELECT count(*) AS n FROM mentors').get() as { n: number }).n).toBe(N);
  console.log(`import of ${N} mentors on ${os.cpus().length} cores:`, t);
});

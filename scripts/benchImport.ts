// Times an import of contacts from .xlsx (dry run + import, #12) into a fresh demo corps: 10,000 and
// 100,000 rows, written with exceljs's streaming writer. Each row names a demo mentee whose course is
// open on the date and a mentor active then; rows differ in date, minutes, mentor or type, so the dry
// run finds no problems and every row is created. Reports figures only.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fork } from 'node:child_process';
import { unzipSync } from 'fflate';
import { CONTACT_TYPES, daysBefore, type ContactType } from '../shared/caseload';
import { startBackend } from '../electron/backend/index';
import { seededRandom } from '../electron/backend/demo/caseload';
import { foldName } from '../electron/backend/import/kinds/lookup';
import { readRows } from '../electron/backend/import/read';
import { timeImport, writeSheetStreaming, type BenchCell, type ImportTiming } from '../electron/backend/import/bench';
import type { Kdfs } from '../electron/backend/datafile/keys';
import type Database from 'better-sqlite3-multiple-ciphers';

const TODAY = '2026-11-23';
const PASSPHRASE = 'grøn cykel under broen';
const KDFS: Kdfs = { passphrase: { N: 2 ** 10, r: 8, p: 1 }, recovery: { N: 2 ** 10, r: 8, p: 1 } };
/** One participant each: the types a single named course may have (a group may have one too). */
const TYPES: ContactType[] = ['individuel', 'afklarende', 'telefon', 'ledsagelse', 'netvaerk', 'gruppe'];
export const CONTACT_HEADER = ['Dato', 'Type', 'Mentor', 'Minutter', 'Deltagere', 'Temaer'];

/** Given by the child's --expose-gc; a no-op elsewhere. */
const gc = () => (globalThis as { gc?: () => void }).gc?.();
const mb = (bytes: number) => bytes / 1024 / 1024;

interface Slot {
  participant: string;
  day: string;
}

/** Every (mentee, day) on which the mentee has a course open, for mentees whose name and birth year are unique. */
function openDays(db: Database.Database, firstMentorDay: string): Slot[] {
  const mentees = db.prepare('SELECT id, name, birth_year FROM mentees WHERE anonymised_at IS NULL').all() as { id: number; name: string; birth_year: number }[];
  const byKey = new Map<string, number>();
  for (const m of mentees) byKey.set(`${foldName(m.name)}|${m.birth_year}`, (byKey.get(`${foldName(m.name)}|${m.birth_year}`) ?? 0) + 1);
  const label = new Map(mentees.filter((m) => byKey.get(`${foldName(m.name)}|${m.birth_year}`) === 1).map((m) => [m.id, `${m.name} (${m.birth_year})`]));
  const courses = db.prepare('SELECT mentee_id, referral_date, closed_on, consent_withdrawn_on FROM courses ORDER BY id').all() as {
    mentee_id: number;
    referral_date: string;
    closed_on: string | null;
    consent_withdrawn_on: string | null;
  }[];
  const seen = new Set<string>();
  const slots: Slot[] = [];
  for (const c of courses) {
    const participant = label.get(c.mentee_id);
    if (!participant) continue;
    const last = [TODAY, c.closed_on, c.consent_withdrawn_on].filter((d): d is string => d !== null).sort()[0];
    const first = c.referral_date > firstMentorDay ? c.referral_date : firstMentorDay;
    for (let day = first; day <= last; day = daysBefore(day, -1)) {
      const key = `${c.mentee_id}|${day}`;
      if (!seen.has(key)) slots.push({ participant, day });
      seen.add(key);
    }
  }
  return slots;
}

/** N rows: slots shuffled, then a second (third…) pass over them with other minutes, so no two rows are the same contact. */
export function* contactRows(db: Database.Database, n: number): Generator<BenchCell[]> {
  const rng = seededRandom(12);
  const mentors = (db.prepare('SELECT name, active_from, active_to FROM mentors').all() as { name: string; active_from: string; active_to: string | null }[]).filter(
    (m, _, all) => all.filter((o) => foldName(o.name) === foldName(m.name)).length === 1,
  );
  const slots = openDays(db, mentors.map((m) => m.active_from).sort()[0]);
  for (let i = slots.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [slots[i], slots[j]] = [slots[j], slots[i]];
  }
  const themes = (db.prepare('SELECT label FROM themes').pluck().all() as string[]).slice(0, 8);
  for (let i = 0; i < n; i++) {
    const { participant, day } = slots[i % slots.length];
    const pass = Math.floor(i / slots.length);
    const active = mentors.filter((m) => m.active_from <= day && (m.active_to === null || m.active_to >= day));
    const mentor = active[Math.floor(rng() * active.length)];
    if (!mentor) throw new Error(`No demo mentor is active on ${day}.`);
    // Never a multiple of 5 (the demo's own contacts are), and each pass its own ten minutes: a repeated slot is another contact.
    const minutes = 10 * pass + [1, 2, 3, 4, 6, 7, 8, 9][Math.floor(rng() * 8)];
    const date = new Date(`${day}T00:00:00Z`);
    yield [date, CONTACT_TYPES[TYPES[(i + pass) % TYPES.length]], mentor.name, minutes, participant, i % 3 === 0 ? themes[i % themes.length] : null];
  }
}

/** The sheet's XML as it is unzipped (what a reader holding the whole file would hold), in bytes. */
function unzippedSize(file: string): number {
  let total = 0;
  unzipSync(fs.readFileSync(file), {
    filter: (f) => {
      total += f.originalSize;
      return false;
    },
  });
  return total;
}

const sec = (ms: number) => (ms / 1000).toFixed(1).replace('.', ',');
const mbText = (bytes: number) => `${mb(bytes).toFixed(1).replace('.', ',')} MB`;

interface Figures extends ImportTiming {
  fileBytes: number;
  xmlBytes: number;
  startRss: number;
  maxRss: number;
  /** The streaming reader alone over the same file (no checks, nothing kept): its time and its peak above its start. */
  readMs: number;
  readPeakMb: number;
}

/** Reads every row and drops it, sampling the resident memory: what the reader itself holds. */
async function readerAlone(file: string): Promise<{ readMs: number; readPeakMb: number }> {
  gc();
  const start = process.memoryUsage().rss;
  let peak = start;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const t = performance.now();
  let rows = 0;
  try {
    await readRows(file, null, async () => {
      // As the engine does: a turn of the event loop now and then (and a chance for the sampler).
      if (++rows % 500 === 0) await new Promise<void>((resolve) => setImmediate(resolve));
    });
  } finally {
    clearInterval(sampler);
  }
  return { readMs: Math.round(performance.now() - t), readPeakMb: Math.round(mb(peak - start)) };
}

/** One size in this process: a fresh demo corps, the file written streaming, then timed dry run + import. */
async function importOnce(n: number): Promise<Figures> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mentorkorps-importbench-'));
  const backend = startBackend(path.join(dir, 'data.sqlite'), 'bench', () => TODAY, { kdfs: KDFS });
  try {
    backend.vault.setup(PASSPHRASE);
    await backend.registry.call('setup.loadDemo');
    const count = backend.ctx.db.prepare('SELECT count(*) FROM contacts').pluck();
    const before = count.get() as number;
    const file = path.join(dir, `samtaler-${n}.xlsx`);
    const fileBytes = await writeSheetStreaming(file, CONTACT_HEADER, contactRows(backend.ctx.db, n));
    const reader = await readerAlone(file);
    gc();
    const startRss = process.memoryUsage().rss;
    const t = await timeImport(backend.registry, file, 'contacts');
    // The OS's high-water mark for this process (the writer above streams, so the import is what raises it).
    const maxRss = process.resourceUsage().maxRSS * 1024;
    const created = (count.get() as number) - before;
    if (t.problems > 0 || t.created !== n || created !== n) throw new Error(`Import of ${n} rows: ${t.problems} problems, ${t.created} created, ${created} new contacts.`);
    return { ...t, ...reader, fileBytes, xmlBytes: unzippedSize(file), startRss, maxRss };
  } finally {
    backend.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Each size in a child process of its own, so its memory figures are the import's, not the bundler's or the last size's. */
function inChild(n: number): Promise<Figures> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, [], { env: { ...process.env, BENCH_IMPORT_CHILD: String(n) }, execArgv: ['--expose-gc'] });
    let result: Figures | null = null;
    child.on('message', (m) => (result = m as Figures));
    child.on('error', reject);
    child.on('exit', (code) => (result ? resolve(result) : reject(new Error(`The import bench for ${n} rows exited with ${code}.`))));
  });
}

export async function runImportBench(log: (line: string) => void = console.log): Promise<void> {
  const sizes = (process.env.BENCH_IMPORT_ROWS ?? '10000,100000').split(',').map(Number);
  log('');
  log(`Import: samtaler fra .xlsx ind i demokorpset, prøvekørsel + import (${os.cpus().length} kerner, delt med andre processer)`);
  log('rows        file  XML unzipped  upload  analyze  commit   total   RSS start  peak (sampled)      max RSS (OS)  reader alone');
  for (const n of sizes) {
    const f = await inChild(n);
    const total = f.uploadMs + f.analyzeMs + f.commitMs;
    log(
      [
        n.toLocaleString('da-DK').padEnd(8),
        mbText(f.fileBytes).padStart(8),
        mbText(f.xmlBytes).padStart(12),
        ` ${sec(f.uploadMs).padStart(5)} s`,
        `${sec(f.analyzeMs).padStart(6)} s`,
        `${sec(f.commitMs).padStart(5)} s`,
        `${sec(total).padStart(5)} s`,
        mbText(f.startRss).padStart(11),
        `${f.peakRssMb} MB (+${(f.peakRssMb - mb(f.startRss)).toFixed(0)})`.padStart(15),
        `${mbText(f.maxRss)} (+${mb(f.maxRss - f.startRss).toFixed(0)})`.padStart(18),
        `${sec(f.readMs)} s, +${f.readPeakMb} MB`.padStart(13),
      ].join(' '),
    );
    log(`         progress polled every 100 ms: ${f.progressAnswers} answers, ${f.progressMoves} with a new figure, longest wait ${sec(f.longestProgressGapMs)} s`);
  }
}

const child = process.env.BENCH_IMPORT_CHILD;
if (child && process.send) {
  importOnce(Number(child)).then(
    (f) => process.send!(f, () => process.exit(0)),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}

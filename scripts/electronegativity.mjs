// Runs Electronegativity (Electron security checks) on the main process, preload and the page,
// and fails on any finding not disabled in place with a justifying comment (`eng-disable CHECK -- why`).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'mentorkorps-eng-'));
fs.cpSync(path.join(root, 'electron'), path.join(stage, 'electron'), { recursive: true });
fs.copyFileSync(path.join(root, 'renderer', 'index.html'), path.join(stage, 'index.html'));
const electronVersion = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
const out = path.join(stage, 'findings.csv');
execFileSync(path.join(root, 'node_modules', '.bin', 'electronegativity'), ['-i', stage, '-e', electronVersion, '-r', '-o', out], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
const rows = fs.readFileSync(out, 'utf8').trim().split('\n').slice(1).filter(Boolean);
fs.rmSync(stage, { recursive: true, force: true });
if (rows.length) {
  console.error(`Electronegativity: ${rows.length} fund:`);
  for (const row of rows) console.error(`  ${row}`);
  process.exit(1);
}
console.log(`Electronegativity (Electron ${electronVersion}): ingen fund.`);

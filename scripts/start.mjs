// `npm start`: opens the desktop window. Where the Electron binary cannot be had (no download
// possible), says so in one line and serves the same app on the loopback web bridge instead.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

function electronBinary() {
  // The electron package exports its binary's path, downloading the binary on first use.
  // Asked in a child process so a failed download's stack trace stays out of the coordinator's way.
  if (!fs.existsSync(path.join(root, 'node_modules', 'electron', 'path.txt'))) {
    console.log('Henter Electron-programmet første gang – det kan tage et par minutter …');
  }
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], { cwd: root, encoding: 'utf8' });
  const binary = probe.stdout.split('\n').pop();
  return probe.status === 0 && binary && fs.existsSync(binary) ? binary : null;
}

function run(command, args, env = process.env) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', env });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  return child;
}

const binary = electronBinary();
const forceWeb = process.argv.includes('--web');
if (binary && !forceWeb) {
  const child = run(binary, ['.', ...process.argv.slice(2)]);
  child.on('error', () => startWeb('Electron kunne ikke startes'));
} else {
  startWeb(forceWeb ? null : 'Electron-programmet kunne ikke hentes på denne maskine');
}

function startWeb(reason) {
  if (reason) console.log(`${reason}; Mentorkorps kører i stedet som web-app – åbn adressen herunder i din browser.`);
  run(process.execPath, [path.join(root, 'dist-electron', 'web.cjs'), ...process.argv.slice(2).filter((a) => a !== '--web')]);
}

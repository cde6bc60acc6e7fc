// The print rules stay cheap: the backend prints with print media emulated for a whole job (pdf/chromium.ts),
// so a print rule applies while a report is drawn, not only while it is printed. A :has() there made every
// DOM change restyle the whole document: the national evaluation took 5.5 s to draw instead of 1.5 s (#13).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** The text inside each `@media print { … }` block of a style sheet. */
function printBlocks(css: string): string[] {
  const blocks: string[] = [];
  for (const m of css.matchAll(/@media print\s*\{/g)) {
    let depth = 1;
    let i = m.index + m[0].length;
    const start = i;
    while (depth > 0 && i < css.length) {
      if (css[i] === '{') depth++;
      else if (css[i] === '}') depth--;
      i++;
    }
    blocks.push(css.slice(start, i - 1));
  }
  return blocks;
}

const sheets = fs
  .readdirSync(path.resolve('renderer/src'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.css'))
  .map((f) => path.join('renderer/src', f));

describe('print style rules', () => {
  it('finds the style sheets and their print rules', () => {
    expect(sheets).toContain(path.join('renderer/src', 'styles.css'));
    expect(sheets.flatMap((f) => printBlocks(fs.readFileSync(f, 'utf8'))).length).toBeGreaterThan(0);
  });

  it.each(sheets)('%s uses no :has() in print rules', (file) => {
    const offending = printBlocks(fs.readFileSync(file, 'utf8'))
      .flatMap((block) => block.split('\n'))
      .filter((line) => line.includes(':has('));
    expect(offending).toEqual([]);
  });
});

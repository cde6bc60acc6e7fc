// The layer guard is tested through ESLint itself with the project's config: each deliberately wrong
// import must be refused, however many '../' it takes, and a correct one must pass.
import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  // Only the guard's rules count: an unrelated lint error must not make a wrong import "fail".
  const guard = ['layers/boundaries', 'no-restricted-globals'];
  return result.messages.filter((m) => m.severity === 2 && guard.includes(m.ruleId ?? '')).map((m) => `${m.ruleId}: ${m.message}`);
}

const wrong: [file: string, code: string][] = [
  ['shared/x.ts', "import App from '../../renderer/src/App';\nexport default App;"],
  ['shared/x.ts', "import { openDb } from '../electron/backend/db';\nexport default openDb;"],
  ['shared/billing/x.ts', "export * from '../../renderer/src/App';"],
  ['shared/x.ts', "import type { Foo } from '../renderer/src/api/client';\nexport type Bar = Foo;"],
  ['shared/x.ts', "import fs from 'node:fs';\nexport default fs;"],
  ['shared/x.ts', "import fs from 'fs';\nexport default fs;"],
  ['shared/x.ts', "import { join } from 'path/posix';\nexport default join;"],
  ['shared/x.ts', "import { useState } from 'react';\nexport default useState;"],
  ['shared/x.ts', "export const m = () => import('../renderer/src/App');"],
  ['shared/x.ts', "export const w = window.location;"],
  ['renderer/src/x.ts', "import { openDb } from '../../electron/backend/db';\nexport default openDb;"],
  ['renderer/src/x.ts', "import x from '../../../electron/x';\nexport default x;"],
  ['renderer/src/pages/x.ts', "import x from '../../../electron/backend/registry';\nexport default x;"],
  ['renderer/src/x.ts', "import fs from 'node:fs';\nexport default fs;"],
  ['renderer/src/x.ts', "import Database from 'better-sqlite3-multiple-ciphers';\nexport default Database;"],
  ['renderer/src/x.ts', "const name = './App';\nexport const m = () => import(name);"],
];

describe('layer guard', () => {
  it.each(wrong)('refuses %s: %s', async (file, code) => {
    expect(await layerErrors(file, code)).not.toEqual([]);
  });

  it('passes correct imports', async () => {
    expect(await layerErrors('shared/x.ts', "import { z } from 'zod';\nimport { FIELD_LABELS } from './schemas/danishErrors';\nexport const a = [z, FIELD_LABELS];")).toEqual([]);
    expect(await layerErrors('renderer/src/x.ts', "import { useState } from 'react';\nimport { FIELD_LABELS } from '../../shared/schemas/danishErrors';\nimport App from './App';\nexport const a = [useState, FIELD_LABELS, App];")).toEqual([]);
  });
});

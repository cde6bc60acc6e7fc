// One shape per backend domain: a handler holds the rules and calls a store that owns the SQL.
// Handlers never import one another (shared checks live in electron/backend/checks.ts), and only
// the registry imports a handler file, so no store or domain leans on another domain's handlers.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf, isInside, resolveRelative, tsFilesIn } from './importScan';

const ROOT = path.resolve(__dirname, '../..');
const HANDLERS = path.join(ROOT, 'electron/backend/handlers');
const REGISTRY = path.join(ROOT, 'electron/backend/registry.ts');

/** The files inside handlers/ that `file` imports (types too: a type import still couples two handler files). */
function handlerImports(file: string): string[] {
  return importsOf(fs.readFileSync(file, 'utf8'), file)
    .map((ref) => resolveRelative(file, ref.specifier))
    .filter((target): target is string => target !== null && isInside(HANDLERS, target))
    .map((target) => path.relative(ROOT, target));
}

const handlerFiles = tsFilesIn(HANDLERS);

describe('backend shape', () => {
  it('finds the handler files', () => {
    expect(handlerFiles.length).toBeGreaterThanOrEqual(10);
  });

  it.each(handlerFiles.map((f) => [path.basename(f), f]))('handlers/%s imports no other handler file', (_name, file) => {
    expect(handlerImports(file)).toEqual([]);
  });

  it('only the registry imports handler files', () => {
    const outside = [...tsFilesIn(path.join(ROOT, 'electron'), true), ...tsFilesIn(path.join(ROOT, 'scripts'), true)]
      .filter((f) => !isInside(HANDLERS, f) && f !== REGISTRY)
      .filter((f) => handlerImports(f).length > 0)
      .map((f) => path.relative(ROOT, f));
    expect(outside).toEqual([]);
  });

  // Statements are prepared in the domain's store; a handler may still open a transaction (session.setIdleLock).
  it.each(handlerFiles.map((f) => [path.basename(f), f]))('handlers/%s prepares no SQL itself', (_name, file) => {
    const source = fs.readFileSync(file, 'utf8');
    expect(source.match(/\.(prepare|exec|pragma)\s*\(/g) ?? []).toEqual([]);
  });
});

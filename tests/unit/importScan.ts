// Reads a TypeScript file's imports with the compiler's own parser (no regex guesses), for the
// tests that keep the backend's shape: frozen migrations and handlers that import no other handler.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface ImportRef {
  /** The module text as written, e.g. '../../../shared/format'. */
  specifier: string;
  /** True when nothing at run time is imported (`import type …`, `export type … from`, or only `type` names). */
  typeOnly: boolean;
}

function namedAllTypes(bindings: ts.NamedImportBindings | undefined): boolean {
  return !!bindings && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly);
}

/** Every import, re-export, `import x = require()`, `require()` and `import()` in the source text. */
export function importsOf(source: string, fileName = 'file.ts'): ImportRef[] {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const out: ImportRef[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly = !!clause && (clause.isTypeOnly || (!clause.name && namedAllTypes(clause.namedBindings)));
      out.push({ specifier: node.moduleSpecifier.text, typeOnly });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const typeOnly = node.isTypeOnly || (!!node.exportClause && ts.isNamedExports(node.exportClause) && node.exportClause.elements.every((e) => e.isTypeOnly));
      out.push({ specifier: node.moduleSpecifier.text, typeOnly });
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) {
      out.push({ specifier: node.moduleReference.expression.text, typeOnly: node.isTypeOnly });
    } else if (ts.isCallExpression(node) && node.arguments.length > 0 && ts.isStringLiteral(node.arguments[0])) {
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require')) {
        out.push({ specifier: node.arguments[0].text, typeOnly: false });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** The absolute path a relative specifier points at (without extension), or null for a package. */
export function resolveRelative(fromFile: string, specifier: string): string | null {
  return specifier.startsWith('.') ? path.resolve(path.dirname(fromFile), specifier) : null;
}

export const isInside = (dir: string, target: string) => {
  const rel = path.relative(dir, target);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
};

export function tsFilesIn(dir: string, recursive = false): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

// Layer guard on REAL paths: every relative or absolute specifier is resolved against the importing
// file, so `../../renderer/x` from shared/ is caught however many `../` it takes (string patterns
// such as '../renderer/*' were not). Bare specifiers are checked against Node's builtins and a list
// of package patterns. Options: { root, allow: dirs a relative import may land in, packages: globs }.
import { builtinModules } from 'node:module';
import path from 'node:path';

const builtins = new Set(builtinModules);
const isBuiltin = (spec) => spec.startsWith('node:') || builtins.has(spec) || builtins.has(spec.split('/')[0]);
// 'better-sqlite3*' matches the package and its forks; 'react' matches 'react' and 'react/…'.
const matches = (spec, glob) =>
  glob.endsWith('*') ? spec.startsWith(glob.slice(0, -1)) : spec === glob || spec.startsWith(`${glob}/`);

/** @type {import('eslint').Rule.RuleModule} */
const boundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports must stay inside the layers this folder may use (resolved paths, builtins, packages)' },
    schema: [
      {
        type: 'object',
        properties: {
          root: { type: 'string' },
          allow: { type: 'array', items: { type: 'string' } },
          packages: { type: 'array', items: { type: 'string' } },
          builtins: { type: 'boolean' },
        },
        required: ['root', 'allow'],
        additionalProperties: false,
      },
    ],
  },
  create(context) {
    const { root, allow, packages = [], builtins: noBuiltins = true } = context.options[0];
    const from = path.dirname(context.filename);

    function check(source) {
      if (!source) return;
      // A computed specifier cannot be resolved, so it cannot be allowed either.
      const spec = source.type === 'Literal' ? source.value : source.type === 'TemplateLiteral' && source.expressions.length === 0 ? source.quasis[0].value.cooked : null;
      if (typeof spec !== 'string') {
        context.report({ node: source, message: 'Import specifiers must be plain strings so the layer guard can resolve them.' });
        return;
      }
      if (spec.startsWith('.') || path.isAbsolute(spec)) {
        const rel = path.relative(root, path.resolve(from, spec)).split(path.sep).join('/');
        const inside = !rel.startsWith('..') && !path.isAbsolute(rel);
        if (!inside || !allow.some((dir) => rel === dir || rel.startsWith(`${dir}/`))) {
          context.report({ node: source, message: `'${spec}' resolves to '${inside ? rel : path.resolve(from, spec)}', outside the layers this file may import (${allow.join(', ')}).` });
        }
      } else if (noBuiltins && isBuiltin(spec)) {
        context.report({ node: source, message: `'${spec}' is a Node builtin; this layer may not use Node.` });
      } else if (packages.some((glob) => matches(spec, glob))) {
        context.report({ node: source, message: `The package '${spec}' may not be imported in this layer.` });
      }
    }

    const isRequire = (n) => n.callee.type === 'Identifier' && n.callee.name === 'require' && n.arguments.length > 0;
    return {
      ImportDeclaration: (n) => check(n.source),
      ExportNamedDeclaration: (n) => check(n.source),
      ExportAllDeclaration: (n) => check(n.source),
      ImportExpression: (n) => check(n.source),
      CallExpression: (n) => isRequire(n) && check(n.arguments[0]),
      TSImportEqualsDeclaration: (n) => n.moduleReference.type === 'TSExternalModuleReference' && check(n.moduleReference.expression),
      TSImportType: (n) => check(n.argument?.type === 'TSLiteralType' ? n.argument.literal : n.argument),
    };
  },
};

export default { rules: { boundaries } };

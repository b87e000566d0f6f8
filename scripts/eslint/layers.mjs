// An ESLint rule that enforces DESIGN.md's dependency direction by folder:
//   cli -> server -> http | realtime | channels -> core -> db;  shared by anyone;
//   widget and console import only shared (and npm packages). Only db/ imports a database driver.
import path from 'node:path';

const SRC = path.resolve('src');

/** Which layers each layer may import (besides itself and shared). */
const ALLOWED = {
  cli: ['server', 'config', 'http', 'realtime', 'channels', 'core', 'db'],
  server: ['config', 'http', 'realtime', 'channels', 'core', 'db'],
  http: ['core', 'realtime'],
  realtime: ['core', 'db'],
  channels: ['core', 'db'],
  core: ['db'],
  db: [],
  config: [],
  shared: [],
  widget: [],
  console: [],
};
// Row types may be named above core (they are data, not behaviour); functions may not.
const TYPES_FROM_DB = ['http', 'realtime', 'channels'];
const DRIVERS = ['pg', 'postgres', '@electric-sql/pglite'];
const NODE_FREE = ['shared', 'widget', 'console'];

function layerOf(file) {
  const rel = path.relative(SRC, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  const first = rel.split(path.sep)[0];
  return first.replace(/\.(tsx?|js)$/, '');
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Enforce the import direction between src/ layers' },
    schema: [],
  },
  create(context) {
    const from = layerOf(context.filename);
    if (!from || !(from in ALLOWED)) return {};
    const check = (node, spec, typeOnly = false) => {
      if (typeof spec !== 'string') return;
      if (!spec.startsWith('.')) {
        const pkg = spec.startsWith('@')
          ? spec.split('/').slice(0, 2).join('/')
          : spec.split('/')[0];
        if (DRIVERS.includes(pkg) && from !== 'db') {
          context.report({ node, message: `Only src/db may import the database driver '${pkg}'.` });
        }
        if (spec.startsWith('node:') && NODE_FREE.includes(from)) {
          context.report({ node, message: `src/${from} runs in the browser too: no '${spec}'.` });
        }
        return;
      }
      const to = layerOf(path.resolve(path.dirname(context.filename), spec));
      if (!to || to === from || to === 'shared') return;
      if (typeOnly && to === 'db' && TYPES_FROM_DB.includes(from)) return;
      if (!ALLOWED[from].includes(to)) {
        context.report({
          node,
          message: `src/${from} must not import src/${to} (allowed: ${['shared', ...ALLOWED[from]].join(', ')}).`,
        });
      }
    };
    return {
      ImportDeclaration: (node) =>
        check(node.source, node.source.value, node.importKind === 'type'),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => check(node.source, node.source.value),
    };
  },
};

// Builds the server bundle, the browser bundles and the bench runner into dist/ with esbuild.
// Fast enough (well under a second) to run before every `npm start`.
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { existsSync } from 'node:fs';
import * as esbuild from 'esbuild';

// Overwrites in place rather than wiping dist/, so a running server or bench keeps its files.
await mkdir(new URL('../dist/', import.meta.url), { recursive: true });

const node = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
};

const browser = {
  bundle: true,
  platform: 'browser',
  format: 'esm',
  target: ['es2022'],
  minify: true,
  sourcemap: 'linked',
  logLevel: 'warning',
  jsx: 'automatic',
  jsxImportSource: 'preact',
};

await Promise.all([
  esbuild.build({ ...node, entryPoints: ['src/cli/main.ts'], outfile: 'dist/parley.js' }),
  existsSync('bench/main.ts')
    ? esbuild.build({ ...node, entryPoints: ['bench/main.ts'], outfile: 'dist/bench.js' })
    : undefined,
  buildConsole(),
  buildWidget(),
  cp('src/db/migrations', 'dist/migrations', { recursive: true }),
]);

/**
 * The console's assets get content-hashed names, so the server can cache them for a year and an
 * upgrade is still picked up at once: index.html (never cached) names the new files.
 */
async function buildConsole() {
  await rm('dist/console/assets', { recursive: true, force: true });
  await cp('src/console/public', 'dist/console', { recursive: true });
  const result = await esbuild.build({
    ...browser,
    entryPoints: { app: 'src/console/main.tsx' },
    outdir: 'dist/console/assets',
    entryNames: '[name]-[hash]',
    // Screens imported with import() (the dashboard and its charts) become chunks of their own.
    splitting: true,
    chunkNames: 'chunk-[hash]',
    metafile: true,
  });
  let html = await readFile('src/console/public/index.html', 'utf8');
  for (const out of Object.keys(result.metafile.outputs)) {
    const ext = path.extname(out);
    // Only the entry's own files (app-*); chunks (chunk-*) are imported by the entry itself.
    if ((ext !== '.js' && ext !== '.css') || !path.basename(out).startsWith('app-')) continue;
    html = html.replace(`/console/assets/app${ext}`, `/console/assets/${path.basename(out)}`);
  }
  await writeFile('dist/console/index.html', html);
}

/**
 * The widget in two stages: the panel gets a content-hashed name (cached for a year), and the
 * loader (/widget.js, a classic script cached briefly) learns that name at build time.
 */
async function buildWidget() {
  await rm('dist/widget', { recursive: true, force: true });
  const panel = await esbuild.build({
    ...browser,
    entryPoints: { panel: 'src/widget/panel.ts' },
    outdir: 'dist/widget',
    entryNames: '[name]-[hash]',
    metafile: true,
  });
  const file = Object.keys(panel.metafile.outputs).find((out) => out.endsWith('.js'));
  await esbuild.build({
    ...browser,
    entryPoints: ['src/widget/loader.ts'],
    outfile: 'dist/widget.js',
    format: 'iife',
    sourcemap: false,
    define: { __PANEL_URL__: JSON.stringify(`/widget/${path.basename(file)}`) },
  });
}

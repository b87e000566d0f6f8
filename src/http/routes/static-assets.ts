import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Hono } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
};

/**
 * Serves the console's built files from `dir`; any other path under /console gets index.html so
 * the single-page app can route it. Paths cannot escape `dir`.
 */
// The console has no inline script or style, so it can forbid everything but its own origin.
const CSP =
  "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

export function consoleAssets(dir: string) {
  const app = new Hono();
  app.use('*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CSP);
  });
  const read = async (relative: string) => {
    const full = path.join(dir, relative);
    if (!full.startsWith(dir + path.sep)) return undefined;
    return readFile(full).catch(() => undefined);
  };
  app.get('/*', async (c) => {
    const relative = decodeURIComponent(c.req.path.replace(/^\/console\/?/, ''));
    const file = relative ? await read(relative) : undefined;
    if (file) {
      const type = TYPES[path.extname(relative)] ?? 'application/octet-stream';
      const immutable = relative.startsWith('assets/');
      c.header('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      return c.body(file, 200, { 'Content-Type': type });
    }
    const index = await read('index.html');
    if (!index) return c.text('The console has not been built. Run: npm run build', 503);
    c.header('Cache-Control', 'no-cache');
    return c.body(index, 200, { 'Content-Type': TYPES['.html']! });
  });
  return app;
}

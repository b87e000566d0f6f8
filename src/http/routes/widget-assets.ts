import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Hono } from 'hono';

/** /widget.js is named in every install snippet, so it may be cached only briefly. */
const LOADER_CACHE = 'public, max-age=300';
/** The panel's name carries its content hash: it never changes. */
const PANEL_CACHE = 'public, max-age=31536000, immutable';
const PANEL_FILE = /^panel-[A-Za-z0-9_-]+\.js(\.map)?$/;

/**
 * The widget's two stages, loaded by the business's site from any origin: CORS `*` (the panel is
 * a module, fetched in cors mode) and a cross-origin resource policy so a plain script tag works.
 * Mounted before the app-wide secure headers, which would otherwise make it same-origin only.
 */
export function widgetAssets(assetsDir: string) {
  const app = new Hono();
  const serve = async (file: string, cache: string) => {
    const body = await readFile(path.join(assetsDir, file)).catch(() => undefined);
    if (!body) return undefined;
    return new Response(body, {
      headers: {
        'Content-Type': file.endsWith('.map')
          ? 'application/json'
          : 'text/javascript; charset=utf-8',
        'Cache-Control': cache,
        'Access-Control-Allow-Origin': '*',
        'Cross-Origin-Resource-Policy': 'cross-origin',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  };
  app.get('/widget.js', async (c) => {
    const res = await serve('widget.js', LOADER_CACHE);
    return res ?? c.text('The widget has not been built. Run: npm run build', 503);
  });
  app.get('/widget/:file', async (c, next) => {
    const file = c.req.param('file');
    const res = PANEL_FILE.test(file)
      ? await serve(path.join('widget', file), PANEL_CACHE)
      : undefined;
    return res ?? next();
  });
  return app;
}

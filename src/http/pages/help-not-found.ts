import { html } from 'hono/html';
import type { HelpCenter } from '../../core/kb/help-center/find-help-center.js';
import { HELP_STYLE, helpLayout } from './help-layout.js';
import { helpPaths } from './help-urls.js';

/** An unknown (or unpublished) page inside a help center that exists: search is one step away. */
export function helpPageNotFound(center: HelpCenter) {
  return helpLayout({
    center,
    title: `Page not found · ${center.name} Help Center`,
    noindex: true,
    main: html`<h1>We couldn't find that page</h1>
      <p>
        It may have moved or been taken down. Search above, or
        <a href="${helpPaths(center.publicKey).home}">see all help topics</a>.
      </p>`,
  });
}

/**
 * A page for when there is no help center to frame it: an unknown workspace, or something went
 * wrong. Says what happened and what to do, without internals.
 */
export function helpErrorPage(heading: string, advice: string) {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>${heading}</title>
        <style>
          ${HELP_STYLE}
        </style>
      </head>
      <body>
        <main class="wrap" id="main">
          <h1>${heading}</h1>
          <p>${advice}</p>
        </main>
      </body>
    </html>`;
}

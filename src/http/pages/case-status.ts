import { html } from 'hono/html';
import type { CasePage } from '../../core/cases/open-case-link.js';
import { HELP_STYLE } from './help-layout.js';

// A few rules on top of the help center's sheet: the status as a coloured pill, the facts as
// a definition list, the actions as a plain list. Colours keep text at 4.5:1 or better.
const CASE_CSS =
  `.pill{display:inline-block;padding:.2rem .75rem;border-radius:999px;font-weight:700;
background:#e8eefb;color:#1b3f8f}.pill.resolved{background:#e1efe3;color:#1d5a33}
.pill.overdue{background:#fdecea;color:#8f1d14}
.facts{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.4rem 1rem;margin:1rem 0;
background:var(--card);border:1px solid var(--line);border-radius:10px;padding:1rem 1.1rem}
.facts dt{color:var(--muted)}.facts dd{margin:0}
.done{padding-left:1.2rem}.done li{margin:.4rem 0}`.replace(/\n/g, '');

const when = (iso: string, timeZone: string, withTime = true) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: withTime ? 'long' : undefined,
    day: 'numeric',
    month: 'long',
    year: withTime ? undefined : 'numeric',
    ...(withTime ? { hour: '2-digit', minute: '2-digit', timeZoneName: 'short' } : {}),
  } as Intl.DateTimeFormatOptions).format(new Date(iso));

const money = (amount: string, currency: string) =>
  new Intl.NumberFormat('en-GB', { style: 'currency', currency }).format(Number(amount));

/**
 * The customer's status page for their case, opened from a signed link without signing in:
 * status, who owns it, when they will hear back, and what has been done to put it right. Every
 * value is escaped by the `html` tag; there is no script on the page.
 */
export function caseStatusPage({ workspaceName, timeZone, case: c }: CasePage) {
  const pill = c.status === 'resolved' ? 'resolved' : c.overdue ? 'overdue' : '';
  const actions = c.actions.map(
    (a) =>
      html`<li>
        <strong
          >${a.amount && a.currency ? `${a.label} of ${money(a.amount, a.currency)}` : a.label}</strong
        >
        <span class="muted">· ${when(a.recordedAt, timeZone, false)}</span>
        ${a.note ? html`<br />${a.note}` : ''}
      </li>`,
  );
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>Case ${c.reference} · ${workspaceName}</title>
        <style>
          ${HELP_STYLE}${CASE_CSS}
        </style>
      </head>
      <body>
        <header class="top">
          <div class="wrap">
            <p class="brand">${workspaceName} <span>Your case</span></p>
          </div>
        </header>
        <main id="main" class="wrap">
          <h1>Case ${c.reference}</h1>
          <p><span class="pill ${pill}">${c.statusLabel}</span></p>
          ${
            c.overdue
              ? html`<p>
                  We promised you an answer by ${when(c.dueAt, timeZone)} and we are late. We are
                  sorry: ${c.owner} has your case and will answer as soon as possible.
                </p>`
              : ''
          }
          <dl class="facts">
            <dt>About</dt>
            <dd>${c.category}</dd>
            <dt>Looked after by</dt>
            <dd>${c.owner}</dd>
            <dt>${c.status === 'resolved' ? 'Answer was due' : 'Answer by'}</dt>
            <dd>${when(c.dueAt, timeZone)}</dd>
            ${
              c.orderRef
                ? html`<dt>Order</dt>
                    <dd>${c.orderRef}</dd>`
                : ''
            }
            <dt>Reported</dt>
            <dd>${when(c.createdAt, timeZone, false)}</dd>
          </dl>
          <h2>What we have done</h2>
          ${
            actions.length
              ? html`<ul class="done">
                  ${actions}
                </ul>`
              : html`<p class="muted">Nothing yet: ${c.owner} will let you know.</p>`
          }
          <p class="muted">
            This page shows your case as it stands now. To add anything, reply in the chat on our
            website, where you reported it.
          </p>
        </main>
      </body>
    </html>`;
}

import { html } from 'hono/html';
import type { OpenedSurvey } from '../../core/surveys/open-survey-link.js';
import { CX_ITEMS, SURVEY_QUESTIONS, scalePoints } from '../../shared/survey-questions.js';
import type { Markup } from './help-layout.js';
import { SURVEY_SCRIPT_PATH } from './survey-script.js';
import { SURVEY_STYLE } from './survey-styles.js';

/** A page of its own: no index, no widget; every interpolated string is escaped by `html`. */
export function surveyFrame(title: string, main: Markup) {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>${title}</title>
        <style>
          ${SURVEY_STYLE}
        </style>
      </head>
      <body>
        <main class="wrap" id="main">${main}</main>
        <script src="${SURVEY_SCRIPT_PATH}" defer></script>
      </body>
    </html>`;
}

/**
 * The survey behind a signed link: one tap on a score sends it (a plain form POST, no
 * JavaScript needed), the comment goes with it or afterwards. `chosen` is the score picked
 * from an email's one-tap link: it is highlighted and sent at once where JavaScript runs.
 */
export function surveyPage(s: OpenedSurvey, action: string, chosen?: number) {
  const q = SURVEY_QUESTIONS[s.offer.kind];
  const title = `A quick question from ${s.company}`;
  if (s.state.status === 'answered') return surveyFrame(title, answered(s, action));
  if (s.state.status === 'closed') {
    return surveyFrame(
      title,
      html`<p class="brand">${s.company}</p>
        <h1>This survey has closed</h1>
        <p>Thank you all the same. You can always write to us from our website.</p>`,
    );
  }
  const scale =
    s.offer.kind === 'cx' ? cxItems(s.company) : oneTapScale(s.question, q.scale, chosen);
  return surveyFrame(
    title,
    html`<p class="brand">${s.company}</p>
      <h1 id="question">${s.offer.kind === 'cx' ? q.question(s.company) : s.question}</h1>
      ${q.statement ? html`<blockquote>${q.statement}</blockquote>` : ''}
      <form
        class="card"
        method="post"
        action="${action}"
        ${chosen === undefined ? '' : html`data-auto-submit`}
      >
        ${scale}
        <label class="text" for="comment">${q.comment} (optional)</label>
        <textarea id="comment" name="comment" maxlength="5000"></textarea>
        ${
          s.offer.kind === 'cx'
            ? html`<button class="send" type="submit">Send my answers</button>`
            : html`<p class="muted">
                Tap a number to send your answer. Write first if you like: your words go with it.
              </p>`
        }
      </form>`,
  );
}

function oneTapScale(
  question: string,
  scale: (typeof SURVEY_QUESTIONS)['nps']['scale'],
  chosen: number | undefined,
) {
  const points = scalePoints(scale);
  const label = (p: number) =>
    p === scale.min ? `${p}: ${scale.low}` : p === scale.max ? `${p}: ${scale.high}` : String(p);
  return html`<fieldset>
    <legend class="sr-only">${question}</legend>
    ${
      chosen === undefined
        ? ''
        : html`<p>
            You chose <strong>${chosen}</strong>. Sending it… (if nothing happens, tap it again)
          </p>`
    }
    <div class="points">
      ${points.map(
        (p) =>
          html`<button
            type="submit"
            name="score"
            value="${p}"
            aria-label="${label(p)}"
            ${p === chosen ? html`data-chosen` : ''}
          >
            ${p}
          </button>`,
      )}
    </div>
    <div class="ends" aria-hidden="true"><span>${scale.low}</span><span>${scale.high}</span></div>
  </fieldset>`;
}

function cxItems(company: string) {
  return CX_ITEMS.map(
    (item) =>
      html`<fieldset>
        <legend>${item.question(company)}</legend>
        <div class="points">
          ${scalePoints({ min: 1, max: 5, low: item.low, high: item.high }).map(
            (p) =>
              html`<label
                ><input
                  type="radio"
                  name="${item.key}"
                  value="${p}"
                  required
                  aria-label="${p === 1 ? `1: ${item.low}` : p === 5 ? `5: ${item.high}` : String(p)}"
                /><span>${p}</span></label
              >`,
          )}
        </div>
        <div class="ends" aria-hidden="true"><span>${item.low}</span><span>${item.high}</span></div>
      </fieldset>`,
  );
}

function answered(s: OpenedSurvey, action: string) {
  const q = SURVEY_QUESTIONS[s.offer.kind];
  const { score, comment, thanks } = s.state;
  return html`<p class="brand">${s.company}</p>
    <h1>Thank you for your answer</h1>
    <p class="muted">You answered ${score} on a scale of ${q.scale.min} to ${q.scale.max}.</p>
    ${
      thanks
        ? html`<div class="thanks" role="status">
            <p>${thanks.text}</p>
            <p class="by">${thanks.name}, ${s.company}</p>
          </div>`
        : ''
    }
    <form class="card" method="post" action="${action}/comment">
      <label class="text" for="comment">${q.comment} (optional)</label>
      <textarea id="comment" name="comment" maxlength="5000">${comment ?? ''}</textarea>
      <button class="send" type="submit">
        ${comment ? 'Update my comment' : 'Send my comment'}
      </button>
    </form>`;
}

// A survey invitation in the conversation (CSAT after a resolution, CES after a case): the
// question arrives as a message from Parley; this card under it offers the scale. One tap
// answers; the named person's thanks and a box for optional words follow. Coming back later
// (a reload, another tab) shows where it stands, from the server.
import type { WidgetSurveyState } from '../shared/schemas/surveys.js';
import { SURVEY_QUESTIONS } from '../shared/survey-questions.js';
import { h } from './dom.js';
import { commentForm, scaleButtons, thanksNote } from './feedback-parts.js';
import type { createVisitorApi } from './store.js';
import type { Shown } from './types.js';

type VisitorApi = ReturnType<typeof createVisitorApi>;

export function surveyCard(m: Shown, visitor: VisitorApi): HTMLElement | undefined {
  const survey = m.meta?.kind === 'survey' ? m.meta.survey : undefined;
  if (m.author !== 'system' || !survey) return undefined;
  const q = SURVEY_QUESTIONS[survey.kind];
  const path = `/api/widget/surveys/${survey.offerId}`;
  const card = h('div', { class: 'svc' });

  function render(s: WidgetSurveyState) {
    if (s.status === 'closed')
      return card.replaceChildren(h('p', { class: 'fy' }, 'This survey has closed.'));
    if (s.status === 'open') {
      const pick = (score: number) =>
        visitor
          .call<WidgetSurveyState>(`${path}/answer`, { score })
          .then((answered) => {
            render(answered);
            card.querySelector('textarea')?.focus();
          })
          .catch((error: Error & { status?: number }) => {
            render(s);
            // The server's reason when it refused (a closed survey); otherwise, try again.
            const refused = error.status && error.status < 500 && error.status !== 429;
            const text = refused ? error.message : 'That did not go through. Tap again.';
            card.append(h('p', { class: 'fn', role: 'alert' }, text));
          });
      return card.replaceChildren(
        ...(q.statement ? [h('p', { class: 'fy' }, h('strong', {}, q.statement))] : []),
        scaleButtons(m.body, q.scale, pick),
      );
    }
    card.replaceChildren(
      h('p', { class: 'fy' }, `You answered ${s.score} (${q.scale.min} to ${q.scale.max}).`),
      thanksNote(s.thanks),
      commentForm(`parley-c-${s.offerId}`, q.comment, s.comment, (comment) =>
        visitor.call(`${path}/comment`, { comment }),
      ),
    );
  }

  visitor
    .call<WidgetSurveyState>(path)
    .then(render)
    .catch(() => card.replaceChildren(h('p', { class: 'fy' }, 'The survey could not be loaded.')));
  return card;
}

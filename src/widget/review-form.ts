// "Give feedback": a short review instead of a conversation. Stars are one tap and send at once
// (with any words already written); the words can also come after. A named person thanks the
// customer; a low rating reaches someone who will get in touch.
import type { ThanksView } from '../shared/schemas/surveys.js';
import { SURVEY_QUESTIONS } from '../shared/survey-questions.js';
import { h } from './dom.js';
import { commentForm, scaleButtons, thanksNote } from './feedback-parts.js';
import type { createVisitorApi } from './store.js';

type VisitorApi = ReturnType<typeof createVisitorApi>;

/** The panel's pieces this view takes turns with. */
export interface ViewParts {
  panel: HTMLElement;
  menu: HTMLElement;
  chatView: HTMLElement;
  back: HTMLElement;
  title: HTMLElement;
}

interface Receipt {
  reviewId: string;
  stars: number;
  comment: string | null;
  thanks: ThanksView | null;
}

const Q = SURVEY_QUESTIONS.review;

export function createReviewForm(visitor: VisitorApi, parts: ViewParts, extra: Node[] = []) {
  const view = h('section', { class: 'rv', hidden: '', 'aria-label': 'Give feedback' }, ...extra);
  parts.panel.insertBefore(view, parts.chatView);
  parts.back.addEventListener('click', () => (view.hidden = true));

  /** The form as it first appears: stars, then the optional words. */
  function reset() {
    const words = h('textarea', { id: 'parley-review', rows: '4', maxlength: '5000' });
    const state = h('p', { class: 'fn', role: 'status' });
    const send = async (stars: number) => {
      try {
        await visitor.session();
        const comment = words.value.trim();
        const body = { stars, ...(comment ? { comment } : {}) };
        done(await visitor.call<Receipt>('/api/widget/reviews', body));
      } catch (error) {
        state.textContent = `${(error as Error).message} Try again in a moment.`;
        for (const b of rating.querySelectorAll('button')) b.disabled = false;
      }
    };
    const rating = scaleButtons('How would you rate us? Tap a star to send.', Q.scale, send, true);
    view.replaceChildren(
      ...extra,
      h('h3', {}, 'How would you rate us?'),
      h('p', {}, 'Tap a star to send your rating. Ideas and praise are welcome too.'),
      rating,
      h('label', { for: 'parley-review' }, `${Q.comment} `, h('span', {}, '(optional)')),
      words,
      state,
    );
  }

  function done(r: Receipt) {
    view.replaceChildren(
      ...extra,
      h('h3', { tabindex: '-1' }, 'Thank you!'),
      h('p', {}, `You gave us ${r.stars} star${r.stars > 1 ? 's' : ''}.`),
      thanksNote(r.thanks),
      ...(r.comment
        ? [h('p', { class: 'fy' }, 'We have your words too.')]
        : [
            commentForm('parley-review-more', Q.comment, null, (comment) =>
              visitor.call(`/api/widget/reviews/${r.reviewId}/comment`, { comment }),
            ),
          ]),
    );
    // Focus was on the star just removed: put it where the customer goes next.
    (view.querySelector('textarea') ?? view.querySelector('h3'))?.focus();
  }

  return {
    /** Opens the review form in place of the menu. */
    show() {
      parts.menu.hidden = true;
      parts.chatView.hidden = true;
      parts.back.hidden = false;
      parts.title.textContent = 'Give feedback';
      view.hidden = false;
      reset();
      view.querySelector('button')?.focus();
    },
  };
}

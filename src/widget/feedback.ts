// Voice of the customer in the widget: survey cards in conversations and the review form behind
// "Give feedback". The panel hooks both in with a line each.
import { h } from './dom.js';
import { FEEDBACK_CSS } from './feedback-parts.js';
import { createReviewForm, type ViewParts } from './review-form.js';
import { surveyCard } from './survey-card.js';
import type { createVisitorApi } from './store.js';
import type { Shown } from './types.js';

export function createFeedback(visitor: ReturnType<typeof createVisitorApi>, parts: ViewParts) {
  const style = h('style');
  style.textContent = FEEDBACK_CSS;
  const review = createReviewForm(visitor, parts, [style]);
  return {
    /** Opens "Give feedback". */
    review: review.show,
    /** What goes under a message: a survey invitation's card, or nothing. */
    extras(m: Shown): HTMLElement[] {
      const card = surveyCard(m, visitor);
      return card ? [card] : [];
    },
  };
}

import {
  countReviewsSince,
  findResponse,
  setResponseComment,
} from '../../db/queries/survey-responses.js';
import type { ReviewInput, ThanksView } from '../../shared/schemas/surveys.js';
import { AppError, notFound } from '../errors.js';
import { recordResponse } from './record-response.js';
import { DAY_MS, type SurveyDeps } from './survey-deps.js';

/** Room for second thoughts and new ideas, none for a flood. */
const REVIEWS_PER_DAY = 5;

type Visitor = { workspaceId: string; contactId: string };

export interface ReviewReceipt {
  reviewId: string;
  stars: number;
  comment: string | null;
  thanks: ThanksView | null;
}

/**
 * A review the customer gives unasked (the widget's "Give feedback"): stars in one tap, words if
 * they like. It is feedback like any survey answer: thanked by a named person, a one- or
 * two-star review opens a follow-up, and `feedback.created` is sent. Surveys' fatigue cap does
 * not apply: the customer chose to speak.
 */
export async function submitReview(
  deps: SurveyDeps,
  who: Visitor,
  input: ReviewInput,
): Promise<ReviewReceipt> {
  const since = new Date(deps.now().getTime() - DAY_MS);
  if (
    (await countReviewsSince(deps.db, who.workspaceId, who.contactId, since)) >= REVIEWS_PER_DAY
  ) {
    throw new AppError(
      'rate_limited',
      'Thank you, we have your reviews from today. Write to us in a conversation for anything more.',
      { retryAfterSeconds: 3600 },
    );
  }
  const recorded = await deps.db.transaction((tx) =>
    recordResponse(deps, tx, {
      workspace_id: who.workspaceId,
      offer_id: null,
      kind: 'review',
      contact_id: who.contactId,
      conversation_id: null,
      case_id: null,
      score: input.stars,
      cx_effective: null,
      cx_easy: null,
      cx_enjoyable: null,
      comment: input.comment || null,
      channel: 'widget',
      handlerId: null,
    }),
  );
  const r = recorded.response;
  return { reviewId: r.id, stars: r.score, comment: r.comment, thanks: recorded.thanks };
}

/** The words after the stars, on the visitor's own review. */
export async function commentOnReview(
  deps: SurveyDeps,
  who: Visitor,
  input: { reviewId: string; comment: string },
): Promise<void> {
  const review = await findResponse(deps.db, who.workspaceId, input.reviewId);
  if (!review || review.kind !== 'review' || review.contact_id !== who.contactId) {
    throw notFound('Review');
  }
  await setResponseComment(deps.db, who.workspaceId, review.id, input.comment, deps.now());
}

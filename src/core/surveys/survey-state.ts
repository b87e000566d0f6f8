import type { Db } from '../../db/db.js';
import { findContact } from '../../db/queries/contacts.js';
import { findConversation } from '../../db/queries/conversations.js';
import { findPerson } from '../../db/queries/feedback-people.js';
import { findOffer, type SurveyOfferRow } from '../../db/queries/survey-offers.js';
import { findResponseByOffer, type SurveyResponseRow } from '../../db/queries/survey-responses.js';
import type { ThanksView, WidgetSurveyState } from '../../shared/schemas/surveys.js';
import { isUnhappy } from '../../shared/survey-questions.js';
import { notFound } from '../errors.js';
import { thankYouText } from './thank-you.js';

/**
 * An offer that was actually made, as one customer may see it: a suppressed offer was never
 * sent, and a visitor (`contactId`) may open only their own, including one made before they
 * were identified (its conversation moved to them).
 */
export async function openOffer(
  db: Db,
  q: { workspaceId: string; offerId: string; contactId?: string; lock?: boolean },
): Promise<SurveyOfferRow> {
  const offer = await findOffer(db, q.workspaceId, q.offerId, q.lock);
  if (!offer || offer.status === 'suppressed') throw notFound('Survey');
  if (q.contactId && offer.contact_id !== q.contactId) {
    const conversation = offer.conversation_id
      ? await findConversation(db, q.workspaceId, offer.conversation_id)
      : undefined;
    if (conversation?.contact_id !== q.contactId) throw notFound('Survey');
  }
  return offer;
}

/** The named person's thank-you for a stored response. */
export async function thanksFor(db: Db, r: SurveyResponseRow): Promise<ThanksView | null> {
  const person = r.thanked_by ? await findPerson(db, r.workspace_id, r.thanked_by) : undefined;
  if (!person) return null;
  const contact = r.contact_id ? await findContact(db, r.workspace_id, r.contact_id) : undefined;
  const text = thankYouText({ unhappy: isUnhappy(r.kind, r.score), customerName: contact?.name });
  return { name: person.name, text };
}

/** Where a survey stands for its customer: open, answered (with the thanks), or closed. */
export async function surveyState(
  db: Db,
  offer: SurveyOfferRow,
  now: Date,
): Promise<WidgetSurveyState> {
  const response = await findResponseByOffer(db, offer.workspace_id, offer.id);
  const expired = offer.expires_at !== null && offer.expires_at <= now;
  return {
    offerId: offer.id,
    kind: offer.kind,
    status: response ? 'answered' : expired ? 'closed' : 'open',
    score: response?.score ?? null,
    comment: response?.comment ?? null,
    thanks: response ? await thanksFor(db, response) : null,
  };
}

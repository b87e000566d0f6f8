import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/db.js';
import { findContact } from '../../db/queries/contacts.js';
import { enqueueEmail } from '../../db/queries/email-outbox.js';
import type { PersonRow } from '../../db/queries/feedback-people.js';
import { insertFollowUp } from '../../db/queries/feedback-follow-ups.js';
import { findSurveySettings } from '../../db/queries/survey-settings.js';
import { insertResponse, type SurveyResponseRow } from '../../db/queries/survey-responses.js';
import { findWorkspaceById } from '../../db/queries/workspaces.js';
import { enqueueDeliveries } from '../../db/queries/webhooks.js';
import type { ThanksView } from '../../shared/schemas/surveys.js';
import { isUnhappy } from '../../shared/survey-questions.js';
import { namedPerson } from './named-person.js';
import { responseView } from './response-view.js';
import type { SurveyDeps } from './survey-deps.js';
import { thankYouText } from './thank-you.js';

export type NewResponse = Omit<
  SurveyResponseRow,
  'id' | 'thanked_by' | 'created_at' | 'commented_at'
>;

export interface Recorded {
  response: SurveyResponseRow;
  thanks: ThanksView | null;
  followUp: { id: string; ownerId: string; dueAt: Date } | null;
}

/**
 * Stores an answer or review inside the caller's transaction, with everything that must commit
 * with it: the follow-up an unhappy answer opens (owned by whoever handled the customer, else an
 * owner or admin, due within the workspace's follow-up hours), the named person's thank-you,
 * the `feedback.created` webhook, and the thank-you email for answers that came by email or link.
 */
export async function recordResponse(
  deps: SurveyDeps,
  tx: Db,
  input: NewResponse & { handlerId: string | null },
): Promise<Recorded> {
  const { handlerId, ...fields } = input;
  const now = deps.now();
  const person = await namedPerson(tx, input.workspace_id, handlerId);
  const response = await insertResponse(tx, {
    ...fields,
    id: randomUUID(),
    thanked_by: person?.id ?? null,
    created_at: now,
  });
  const unhappy = isUnhappy(response.kind, response.score);
  const followUp = unhappy && person ? await openFollowUp(tx, response, person.id, now) : null;
  const contact = input.contact_id
    ? await findContact(tx, input.workspace_id, input.contact_id)
    : undefined;
  const thanks = person
    ? { name: person.name, text: thankYouText({ unhappy, customerName: contact?.name }) }
    : null;
  const feedback = responseView(
    { ...response, contact_name: contact?.name ?? null, thanked_by_name: person?.name ?? null },
    followUp ? 'open' : null,
  );
  await enqueueDeliveries(tx, [
    { workspace_id: input.workspace_id, event: 'feedback.created', payload: { feedback } },
  ]);
  // The widget shows the thanks where the answer was given; mail goes where mail came from.
  if (response.channel !== 'widget' && deps.emailEnabled && contact?.email && person && thanks) {
    await queueThanks(tx, { to: contact.email, person, text: thanks.text, response });
  }
  return { response, thanks, followUp };
}

async function openFollowUp(tx: Db, response: SurveyResponseRow, ownerId: string, now: Date) {
  const { follow_up_hours } = await findSurveySettings(tx, response.workspace_id);
  const dueAt = new Date(now.getTime() + follow_up_hours * 3_600_000);
  const row = await insertFollowUp(tx, {
    id: randomUUID(),
    workspace_id: response.workspace_id,
    response_id: response.id,
    owner_id: ownerId,
    due_at: dueAt,
    created_at: now,
  });
  return { id: row.id, ownerId, dueAt };
}

async function queueThanks(
  tx: Db,
  t: { to: string; person: PersonRow; text: string; response: SurveyResponseRow },
) {
  const workspace = await findWorkspaceById(tx, t.response.workspace_id);
  await enqueueEmail(tx, {
    workspace_id: t.response.workspace_id,
    template: 'survey_thanks',
    to_address: t.to,
    data: {
      company: workspace?.name ?? '',
      text: t.text,
      sender: { name: t.person.name, email: t.person.email },
    },
  });
}

import { randomUUID } from 'node:crypto';
import type { TestApp } from '../../../test/test-app.js';
import { unique } from '../../../test/seed.js';
import { insertContact } from '../../db/queries/contacts.js';
import { sendMessage } from '../conversations/send-message.js';
import { startConversation } from '../conversations/start-conversation.js';
import { submitReview } from '../surveys/submit-review.js';
import { indexFeedback } from './index-feedback.js';

/** A customer of the workspace, with an email address unless told otherwise. */
export async function seedContact(
  t: TestApp,
  workspaceId: string,
  o: { name?: string; email?: string | null } = {},
) {
  const name = o.name ?? unique('Customer');
  const email = o.email === undefined ? `${unique('customer')}@example.test` : o.email;
  const row = { id: randomUUID(), workspace_id: workspaceId, external_id: null, verified: false };
  return insertContact(t.db, { ...row, name, email });
}

/** A customer starts a conversation with `body` (straight to people), then says `more`. */
export async function customerSays(
  t: TestApp,
  workspaceId: string,
  contactId: string,
  body: string,
  ...more: string[]
) {
  const conversationId = randomUUID();
  await startConversation(t.core, {
    workspaceId,
    contactId,
    conversationId,
    topic: 'question',
    clientId: randomUUID(),
    body,
    person: true,
  });
  for (const text of more) {
    const who = { kind: 'contact' as const, workspaceId, contactId };
    await sendMessage(t.core, who, { conversationId, clientId: randomUUID(), body: text });
  }
  return conversationId;
}

/** A review from the widget by a new customer (a review per customer keeps clear of the cap). */
export async function review(
  t: TestApp,
  workspaceId: string,
  stars: number,
  comment: string,
  customer: { email?: string | null } = {},
) {
  const contact = await seedContact(t, workspaceId, customer);
  const receipt = await submitReview(
    t.core,
    { workspaceId, contactId: contact.id },
    { stars, comment },
  );
  return { contactId: contact.id, responseId: receipt.reviewId };
}

/** Runs the indexer until it has read everything there is. */
export async function indexAll(t: TestApp) {
  for (const source of ['message', 'response', 'case'] as const) {
    while ((await indexFeedback(t.core, source, 100)).read === 100);
  }
}

/** The names of the topics a stored text is in, sorted. */
export async function topicsOfText(
  t: TestApp,
  where: { responseId?: string; messageBody?: string },
) {
  const rows = await t.db.query<{ name: string }>(
    `select distinct tp.name from feedback_texts f
       join feedback_text_topics a on a.text_id = f.id
       join topics tp on tp.id = a.topic_id
       left join messages m on m.id = f.message_id
      where f.response_id = $1::uuid or m.body = $2
      order by tp.name`,
    [where.responseId ?? null, where.messageBody ?? null],
  );
  return rows.map((r) => r.name);
}

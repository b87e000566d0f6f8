import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/db.js';
import type { ContactRow } from '../../db/queries/contacts.js';
import { findConversation, type ConversationRow } from '../../db/queries/conversations.js';
import { enqueueEmail } from '../../db/queries/email-outbox.js';
import type { MessageRow } from '../../db/queries/messages.js';
import { findSurveySettings } from '../../db/queries/survey-settings.js';
import { insertSurveyMessage } from '../../db/queries/survey-messages.js';
import {
  insertOffer,
  lastOfferedAt,
  lockContact,
  type NewOffer,
} from '../../db/queries/survey-offers.js';
import { findWorkspaceById } from '../../db/queries/workspaces.js';
import type { SuppressionReason, SurveyChannel, Touchpoint } from '../../shared/schemas/surveys.js';
import { SURVEY_QUESTIONS, type SurveyKind } from '../../shared/survey-questions.js';
import { publishMessage } from '../conversations/publish-message.js';
import { notFound } from '../errors.js';
import { signLink } from '../links/signed-link.js';
import { namedPerson } from './named-person.js';
import { DAY_MS, SURVEY_OPEN_DAYS, surveyPath, type SurveyDeps } from './survey-deps.js';

export interface OfferSurveyInput {
  kind: SurveyKind;
  workspaceId: string;
  contactId: string;
  /** The conversation it follows: the invitation appears in it, in the widget. */
  conversationId?: string;
  /** The complaint case it follows (CES after a case is resolved). */
  caseId?: string;
  touchpoint: Touchpoint;
  /** Who handled it: they thank the customer and own a follow-up. Default: the assignee. */
  agentId?: string;
  /** The member who sent a relational survey by hand. */
  createdBy?: string;
  /** 'link': the caller hands the returned link out itself, so Parley sends no email. */
  deliver?: 'auto' | 'link';
}

export type OfferResult =
  | { status: 'offered'; offerId: string; channels: SurveyChannel[]; link: string }
  | { status: 'suppressed'; offerId: string; reason: SuppressionReason };

/**
 * Offers a survey to a contact, or holds it back and records why: the contact was surveyed
 * within the workspace's fatigue window (any kind), this occasion was not sampled, or there is
 * no way to reach them. Every decision is recorded. Offers to one contact are decided under a
 * lock on the contact, so of two at once at most one gets through.
 *
 * The invitation goes into the conversation (the widget shows it with its scale), by email when
 * email is configured and the contact has an address, or as a link for the caller. Call it after
 * the change that prompted it has committed (a resolved conversation or case).
 */
export async function offerSurvey(deps: SurveyDeps, input: OfferSurveyInput): Promise<OfferResult> {
  const now = deps.now();
  const offerId = randomUUID();
  const expiresAt = new Date(now.getTime() + SURVEY_OPEN_DAYS * DAY_MS);
  const claims = { purpose: 'survey' as const, workspaceId: input.workspaceId, subjectId: offerId };
  // Signed before the transaction: the link secret may need its own query.
  const link = surveyPath(await signLink(deps, { ...claims, expiresAt }));
  const workspace = await findWorkspaceById(deps.db, input.workspaceId);
  if (!workspace) throw notFound('Workspace');

  const decided = await deps.db.transaction(async (tx) => {
    const contact = await lockContact(tx, input.workspaceId, input.contactId);
    if (!contact) throw notFound('Contact');
    const conversation = input.conversationId
      ? await findConversation(tx, input.workspaceId, input.conversationId)
      : undefined;
    if (input.conversationId && !conversation) throw notFound('Conversation');
    const offer: NewOffer = {
      id: offerId,
      workspace_id: input.workspaceId,
      contact_id: contact.id,
      kind: input.kind,
      touchpoint: input.touchpoint,
      conversation_id: conversation?.id ?? null,
      case_id: input.caseId ?? null,
      agent_id: input.agentId ?? conversation?.assignee_id ?? null,
      status: 'offered',
      reason: null,
      channels: channelsFor(deps, input, contact, conversation),
      created_by: input.createdBy ?? null,
      created_at: now,
      expires_at: expiresAt,
    };
    const reason =
      (await holdBack(deps, tx, input, now)) ?? (offer.channels.length ? null : 'no_channel');
    if (reason) {
      await insertOffer(tx, {
        ...offer,
        status: 'suppressed',
        reason,
        channels: [],
        expires_at: null,
      });
      return { held: true as const, reason };
    }
    await insertOffer(tx, offer);
    const message = await deliver(tx, { offer, contact, company: workspace.name, link });
    return { held: false as const, channels: offer.channels, message };
  });

  if (decided.held) return { status: 'suppressed', offerId, reason: decided.reason };
  if (decided.message && deps.publish) publishMessage({ publish: deps.publish }, decided.message);
  return { status: 'offered', offerId, channels: decided.channels, link };
}

/** Fatigue first (the contact's peace matters more than the sample), then sampling. */
async function holdBack(
  deps: SurveyDeps,
  tx: Db,
  input: OfferSurveyInput,
  now: Date,
): Promise<SuppressionReason | null> {
  const settings = await findSurveySettings(tx, input.workspaceId);
  const last = await lastOfferedAt(tx, input.workspaceId, input.contactId);
  const window = settings.fatigue_days * DAY_MS;
  if (last && window > 0 && now.getTime() - last.getTime() < window) return 'fatigue';
  const rate = settings.sampling[input.touchpoint] ?? 1;
  if ((deps.random ?? Math.random)() >= rate) return 'sampling';
  return null;
}

function channelsFor(
  deps: SurveyDeps,
  input: OfferSurveyInput,
  contact: ContactRow,
  conversation: ConversationRow | undefined,
): SurveyChannel[] {
  if (input.deliver === 'link') return ['link'];
  const channels: SurveyChannel[] = [];
  // The CX index's three questions are asked on its page, not squeezed into the chat.
  if (conversation?.contact_id === contact.id && input.kind !== 'cx') channels.push('widget');
  if (deps.emailEnabled && contact.email) channels.push('email');
  return channels;
}

/**
 * Puts the invitation where the customer will find it, in the same transaction as the offer:
 * a message in the conversation (with the scale, for the widget) and a queued email.
 */
async function deliver(
  tx: Db,
  d: { offer: NewOffer; contact: ContactRow; company: string; link: string },
): Promise<MessageRow | undefined> {
  const { offer, contact } = d;
  const person = await namedPerson(tx, offer.workspace_id, offer.agent_id);
  const q = SURVEY_QUESTIONS[offer.kind];
  const body = [q.question(d.company, person?.name), q.statement].filter(Boolean).join(' ');
  let message: MessageRow | undefined;
  if (offer.channels.includes('widget') && offer.conversation_id && offer.kind !== 'cx') {
    message = await insertSurveyMessage(tx, {
      workspaceId: offer.workspace_id,
      conversationId: offer.conversation_id,
      clientId: `survey-${offer.id}`,
      body,
      meta: { kind: 'survey', survey: { offerId: offer.id, kind: offer.kind } },
    });
  }
  if (offer.channels.includes('email') && contact.email && person) {
    await enqueueEmail(tx, {
      workspace_id: offer.workspace_id,
      template: 'survey_invitation',
      to_address: contact.email,
      data: {
        link: d.link,
        kind: offer.kind,
        company: d.company,
        customerName: contact.name,
        question: body,
        sender: { name: person.name, email: person.email },
      },
    });
  }
  return message;
}

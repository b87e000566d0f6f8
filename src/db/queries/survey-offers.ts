import type { Db } from '../db.js';
import type { ContactRow } from './contacts.js';

export interface SurveyOfferRow {
  id: string;
  workspace_id: string;
  contact_id: string | null;
  kind: 'csat' | 'ces' | 'nps' | 'cx';
  touchpoint: 'conversation_resolved' | 'case_resolved' | 'relational';
  conversation_id: string | null;
  case_id: string | null;
  agent_id: string | null;
  status: 'offered' | 'suppressed' | 'answered';
  reason: 'fatigue' | 'sampling' | 'no_channel' | null;
  channels: ('widget' | 'email' | 'link')[];
  created_by: string | null;
  created_at: Date;
  expires_at: Date | null;
  answered_at: Date | null;
}

export type NewOffer = Omit<SurveyOfferRow, 'answered_at'>;

/**
 * Locks the contact's row for the rest of the transaction: offers to one contact are decided
 * one at a time, so two at once cannot both pass the fatigue check.
 */
export async function lockContact(
  db: Db,
  workspaceId: string,
  contactId: string,
): Promise<ContactRow | undefined> {
  const [row] = await db.query<ContactRow>(
    'select * from contacts where workspace_id = $1 and id = $2 for update',
    [workspaceId, contactId],
  );
  return row;
}

/** When the contact was last offered a survey of any kind (held-back offers do not count). */
export async function lastOfferedAt(
  db: Db,
  workspaceId: string,
  contactId: string,
): Promise<Date | undefined> {
  const [row] = await db.query<{ at: Date }>(
    `select created_at as at from survey_offers
      where workspace_id = $1 and contact_id = $2 and status <> 'suppressed'
      order by created_at desc limit 1`,
    [workspaceId, contactId],
  );
  return row?.at;
}

export async function insertOffer(db: Db, o: NewOffer): Promise<SurveyOfferRow> {
  const [row] = await db.query<SurveyOfferRow>(
    `insert into survey_offers (id, workspace_id, contact_id, kind, touchpoint, conversation_id,
       case_id, agent_id, status, reason, channels, created_by, created_at, expires_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) returning *`,
    [
      o.id,
      o.workspace_id,
      o.contact_id,
      o.kind,
      o.touchpoint,
      o.conversation_id,
      o.case_id,
      o.agent_id,
      o.status,
      o.reason,
      o.channels,
      o.created_by,
      o.created_at,
      o.expires_at,
    ],
  );
  return row!;
}

/** The offer, locked when `lock` (answering it), only within the workspace. */
export async function findOffer(
  db: Db,
  workspaceId: string,
  id: string,
  lock = false,
): Promise<SurveyOfferRow | undefined> {
  const [row] = await db.query<SurveyOfferRow>(
    `select * from survey_offers where workspace_id = $1 and id = $2${lock ? ' for update' : ''}`,
    [workspaceId, id],
  );
  return row;
}

export async function markOfferAnswered(
  db: Db,
  workspaceId: string,
  id: string,
  at: Date,
): Promise<void> {
  await db.query(
    `update survey_offers set status = 'answered', answered_at = $3
      where workspace_id = $1 and id = $2`,
    [workspaceId, id, at],
  );
}

export interface OfferCountRow {
  kind: SurveyOfferRow['kind'];
  status: SurveyOfferRow['status'];
  reason: SurveyOfferRow['reason'];
  n: number;
}

/** Offers made in a period, by kind, status and reason (response rates, suppression). */
export async function countOffers(
  db: Db,
  q: { workspaceId: string; from: Date; to: Date },
): Promise<OfferCountRow[]> {
  return db.query<OfferCountRow>(
    `select kind, status, reason, count(*)::int as n from survey_offers
      where workspace_id = $1 and created_at >= $2 and created_at < $3
      group by kind, status, reason`,
    [q.workspaceId, q.from, q.to],
  );
}

import type { Db } from '../db.js';

export interface SurveyResponseRow {
  id: string;
  workspace_id: string;
  offer_id: string | null;
  kind: 'csat' | 'ces' | 'nps' | 'cx' | 'review';
  contact_id: string | null;
  conversation_id: string | null;
  case_id: string | null;
  score: number;
  cx_effective: number | null;
  cx_easy: number | null;
  cx_enjoyable: number | null;
  comment: string | null;
  channel: 'widget' | 'email' | 'link';
  thanked_by: string | null;
  created_at: Date;
  commented_at: Date | null;
}

/** A response with the names people recognise, and its follow-up's state if it has one. */
export interface ResponseListRow extends SurveyResponseRow {
  contact_name: string | null;
  thanked_by_name: string | null;
  follow_up_status: 'open' | 'contacted' | 'recovered' | 'not_recovered' | null;
}

export async function insertResponse(
  db: Db,
  r: Omit<SurveyResponseRow, 'commented_at'>,
): Promise<SurveyResponseRow> {
  const [row] = await db.query<SurveyResponseRow>(
    `insert into survey_responses (id, workspace_id, offer_id, kind, contact_id, conversation_id,
       case_id, score, cx_effective, cx_easy, cx_enjoyable, comment, channel, thanked_by,
       created_at, commented_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15,
       case when $12::text is null then null else $15::timestamptz end)
     returning *`,
    [
      r.id,
      r.workspace_id,
      r.offer_id,
      r.kind,
      r.contact_id,
      r.conversation_id,
      r.case_id,
      r.score,
      r.cx_effective,
      r.cx_easy,
      r.cx_enjoyable,
      r.comment,
      r.channel,
      r.thanked_by,
      r.created_at,
    ],
  );
  return row!;
}

export async function findResponseByOffer(
  db: Db,
  workspaceId: string,
  offerId: string,
): Promise<SurveyResponseRow | undefined> {
  const [row] = await db.query<SurveyResponseRow>(
    'select * from survey_responses where workspace_id = $1 and offer_id = $2',
    [workspaceId, offerId],
  );
  return row;
}

export async function findResponse(
  db: Db,
  workspaceId: string,
  id: string,
): Promise<SurveyResponseRow | undefined> {
  const [row] = await db.query<SurveyResponseRow>(
    'select * from survey_responses where workspace_id = $1 and id = $2',
    [workspaceId, id],
  );
  return row;
}

/** Sets the comment (the customer may rewrite it); returns the updated response. */
export async function setResponseComment(
  db: Db,
  workspaceId: string,
  id: string,
  comment: string,
  at: Date,
): Promise<SurveyResponseRow | undefined> {
  const [row] = await db.query<SurveyResponseRow>(
    `update survey_responses set comment = $3, commented_at = $4
      where workspace_id = $1 and id = $2 returning *`,
    [workspaceId, id, comment, at],
  );
  return row;
}

/** How many reviews a contact wrote since a moment (a flood guard). */
export async function countReviewsSince(
  db: Db,
  workspaceId: string,
  contactId: string,
  since: Date,
): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    `select count(*)::int as n from survey_responses
      where workspace_id = $1 and contact_id = $2 and kind = 'review' and created_at >= $3`,
    [workspaceId, contactId, since],
  );
  return row!.n;
}

const RESPONSE_LIST_SELECT = `select r.*, c.name as contact_name, u.name as thanked_by_name,
    f.status as follow_up_status
  from survey_responses r
  left join contacts c on c.id = r.contact_id
  left join users u on u.id = r.thanked_by
  left join feedback_follow_ups f on f.response_id = r.id`;

/** Responses in a period (and of one kind), newest first, a page at a time. */
export async function listResponses(
  db: Db,
  q: { workspaceId: string; kind?: string; from?: Date; to?: Date; before?: Date; limit: number },
): Promise<ResponseListRow[]> {
  return db.query<ResponseListRow>(
    `${RESPONSE_LIST_SELECT}
      where r.workspace_id = $1 and ($2::text is null or r.kind = $2)
        and ($3::timestamptz is null or r.created_at >= $3)
        and ($4::timestamptz is null or r.created_at < $4)
        and ($5::timestamptz is null or r.created_at < $5)
      order by r.created_at desc, r.id limit $6`,
    [q.workspaceId, q.kind ?? null, q.from ?? null, q.to ?? null, q.before ?? null, q.limit],
  );
}

/** These responses, as lists show them. */
export async function listResponsesByIds(
  db: Db,
  workspaceId: string,
  ids: string[],
): Promise<ResponseListRow[]> {
  return db.query<ResponseListRow>(
    `${RESPONSE_LIST_SELECT} where r.workspace_id = $1 and r.id = any($2::uuid[])`,
    [workspaceId, ids],
  );
}

export interface ScoreCountRow {
  kind: SurveyResponseRow['kind'];
  score: number;
  n: number;
}

/** Responses in a period per kind and score point: averages, distributions and NPS follow. */
export async function countScores(
  db: Db,
  q: { workspaceId: string; from: Date; to: Date },
): Promise<ScoreCountRow[]> {
  return db.query<ScoreCountRow>(
    `select kind, score, count(*)::int as n from survey_responses
      where workspace_id = $1 and created_at >= $2 and created_at < $3
      group by kind, score order by kind, score`,
    [q.workspaceId, q.from, q.to],
  );
}

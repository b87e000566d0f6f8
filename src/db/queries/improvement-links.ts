import type { Db } from '../db.js';

export type LinkSource =
  { responseId: string } | { caseId: string } | { caseNumber: number } | { conversationId: string };

export interface FoundSource {
  response_id: string | null;
  case_id: string | null;
  conversation_id: string | null;
  contact_id: string | null;
}

/** The survey answer, case or conversation a person named, in this workspace, with its customer. */
export async function findLinkSource(
  db: Db,
  workspaceId: string,
  source: LinkSource,
): Promise<FoundSource | undefined> {
  const sql =
    'responseId' in source
      ? `select id as response_id, null::uuid as case_id, null::uuid as conversation_id,
           contact_id from survey_responses where workspace_id = $1 and id = $2::uuid`
      : 'conversationId' in source
        ? `select null::uuid as response_id, null::uuid as case_id, id as conversation_id,
             contact_id from conversations where workspace_id = $1 and id = $2::uuid`
        : `select null::uuid as response_id, id as case_id, null::uuid as conversation_id,
             contact_id from cases where workspace_id = $1
             and ${'caseId' in source ? 'id = $2::uuid' : 'number = $2::bigint'}`;
  const value =
    'responseId' in source
      ? source.responseId
      : 'conversationId' in source
        ? source.conversationId
        : 'caseId' in source
          ? source.caseId
          : source.caseNumber;
  const [row] = await db.query<FoundSource>(sql, [workspaceId, value]);
  return row;
}

/** Links feedback to an improvement; false when it was linked already. */
export async function insertLink(
  tx: Db,
  l: FoundSource & {
    id: string;
    workspace_id: string;
    improvement_id: string;
    linked_by: string;
    at: Date;
  },
): Promise<boolean> {
  const rows = await tx.query(
    `insert into improvement_links (id, workspace_id, improvement_id, response_id, case_id,
       conversation_id, contact_id, linked_by, linked_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     on conflict do nothing returning id`,
    [
      l.id,
      l.workspace_id,
      l.improvement_id,
      l.response_id,
      l.case_id,
      l.conversation_id,
      l.contact_id,
      l.linked_by,
      l.at,
    ],
  );
  return rows.length > 0;
}

export async function deleteLink(tx: Db, workspaceId: string, improvementId: string, id: string) {
  const rows = await tx.query(
    `delete from improvement_links where workspace_id = $1 and improvement_id = $2 and id = $3
     returning id`,
    [workspaceId, improvementId, id],
  );
  return rows.length > 0;
}

export interface LinkRow {
  id: string;
  response_id: string | null;
  case_id: string | null;
  case_number: number | null;
  conversation_id: string | null;
  contact_name: string | null;
  /** The words behind it: the comment, the complaint, the conversation's subject. */
  text: string | null;
  linked_at: Date;
  notified_at: Date | null;
}

export async function listLinks(db: Db, workspaceId: string, improvementId: string) {
  return db.query<LinkRow>(
    `select l.id, l.response_id, l.case_id, k.number as case_number, l.conversation_id,
       c.name as contact_name, coalesce(r.comment, k.description, v.subject) as text,
       l.linked_at, n.notified_at
       from improvement_links l
       left join survey_responses r on r.id = l.response_id
       left join cases k on k.id = l.case_id
       left join conversations v on v.id = l.conversation_id
       left join contacts c on c.id = l.contact_id
       left join improvement_notices n
         on n.improvement_id = l.improvement_id and n.contact_id = l.contact_id
      where l.workspace_id = $1 and l.improvement_id = $2
      order by l.linked_at desc, l.id`,
    [workspaceId, improvementId],
  );
}

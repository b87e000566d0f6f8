import type { Db } from '../db.js';
import { filterParams, type DashboardFilter } from './dashboard.js';

export interface TopicCountRow {
  id: string;
  name: string;
  texts: number;
  negative: number;
}

/**
 * Texts per topic in the period and how many were negative, busiest first. Team and channel
 * are those of the text's conversation.
 */
export async function countTopics(
  db: Db,
  f: DashboardFilter,
  limit: number,
): Promise<TopicCountRow[]> {
  return db.query<TopicCountRow>(
    `select t.id, t.name, count(*)::int as texts,
       (count(*) filter (where a.negative))::int as negative
       from feedback_text_topics a
       join topics t on t.id = a.topic_id and t.workspace_id = a.workspace_id
       join feedback_texts x on x.id = a.text_id and x.workspace_id = a.workspace_id
       left join conversations cv on cv.id = x.conversation_id and cv.workspace_id = x.workspace_id
      where a.workspace_id = $1 and a.written_at >= $2 and a.written_at < $3
        and ($4::uuid is null or cv.team_id = $4::uuid)
        and ($5::text is null or cv.channel = $5::text)
      group by t.id, t.name order by texts desc, t.name limit $6`,
    [...filterParams(f), limit],
  );
}

export interface FollowUpCountRow {
  open: number;
  contacted: number;
  overdue: number;
}

/** Follow-ups still to do now, whatever the period; team and channel via their response. */
export async function countOpenFollowUps(
  db: Db,
  f: Pick<DashboardFilter, 'workspaceId' | 'teamId' | 'channel'>,
  now: Date,
): Promise<FollowUpCountRow> {
  const [row] = await db.query<FollowUpCountRow>(
    `select (count(*) filter (where f.status = 'open'))::int as open,
       (count(*) filter (where f.status = 'contacted'))::int as contacted,
       (count(*) filter (where f.due_at < $4))::int as overdue
       from feedback_follow_ups f
       join survey_responses r on r.id = f.response_id and r.workspace_id = f.workspace_id
       left join survey_offers o on o.id = r.offer_id and o.workspace_id = r.workspace_id
       left join conversations cv
         on cv.id = coalesce(r.conversation_id, o.conversation_id)
        and cv.workspace_id = r.workspace_id
      where f.workspace_id = $1 and f.status in ('open', 'contacted')
        and ($2::uuid is null or cv.team_id = $2::uuid)
        and ($3::text is null or cv.channel = $3::text)`,
    [f.workspaceId, f.teamId, f.channel, now],
  );
  return row!;
}

/** Improvements per status now. */
export async function countImprovementsByStatus(
  db: Db,
  workspaceId: string,
): Promise<{ status: string; n: number }[]> {
  return db.query(
    `select status, count(*)::int as n from improvements where workspace_id = $1 group by status`,
    [workspaceId],
  );
}

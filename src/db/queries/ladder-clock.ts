import type { Db } from '../db.js';

export interface OverdueRow {
  workspace_id: string;
  id: string;
  rung: 'bot' | 'community' | 'champion' | 'queue' | 'supervisor';
  rung_since: Date;
}

/**
 * The ladder clock's one query, across all workspaces: open conversations that have waited on
 * their rung longer than their workspace's ladder allows (the built-in default ladder when a
 * workspace has none), whose step lists `budget_exceeded`, and above which the ladder has a rung
 * that can take them (`available`). Longest waiting first.
 *
 * On the bot's rung only a customer who is still waiting counts: their message is the last
 * one, or they said the last answer did not help. A conversation the bot answered and the
 * customer left alone is settled by silence after a day (the automated-resolution window), so
 * the bot's side of the scan never reaches further back than that. Both sides are range scans
 * of conversations_ladder_clock_idx (migration 0011).
 */
export async function listOverdue(
  db: Db,
  q: { now: Date; defaultLadder: unknown; available: readonly string[]; limit: number },
): Promise<OverdueRow[]> {
  return db.query<OverdueRow>(
    `with waiting as (
       select c.workspace_id, c.id, c.rung_since, c.last_seq,
              case when c.rung = 'bot' then 'queue' else c.rung end as rung
         from conversations c
        where c.status = 'open' and c.owner = 'queue'
          and c.rung_since <= $1::timestamptz - interval '1 minute'
       union all
       select c.workspace_id, c.id, c.rung_since, c.last_seq, 'bot'
         from conversations c
        where c.status = 'open' and c.owner = 'bot'
          and c.rung_since <= $1::timestamptz - interval '1 minute'
          and c.rung_since > $1::timestamptz - interval '1 day'
     )
     select w.workspace_id, w.id, w.rung, w.rung_since
       from waiting w
       left join escalation_ladders l on l.workspace_id = w.workspace_id
      cross join lateral (
        select s.pos, (s.step ->> 'budgetMinutes')::int as budget
          from jsonb_array_elements(coalesce(l.ladder, $2::jsonb) -> 'steps')
               with ordinality as s (step, pos)
         where s.step ->> 'kind' = w.rung
           and s.step -> 'leaveWhen' @> '["budget_exceeded"]'::jsonb
      ) here
      where w.rung_since + here.budget * interval '1 minute' <= $1::timestamptz
        and exists (
          select 1
            from jsonb_array_elements(coalesce(l.ladder, $2::jsonb) -> 'steps')
                 with ordinality as n (step, pos)
           where n.pos > here.pos and n.step ->> 'kind' = any($3::text[]))
        and (w.rung <> 'bot'
             or exists (select 1 from messages m
                         where m.workspace_id = w.workspace_id and m.conversation_id = w.id
                           and m.seq = w.last_seq and m.author_type = 'contact')
             or (select a.helpful from bot_answers a
                  where a.workspace_id = w.workspace_id and a.conversation_id = w.id
                  order by a.seq desc limit 1) = false)
      order by w.rung_since
      limit $4`,
    [q.now, JSON.stringify(q.defaultLadder), q.available, q.limit],
  );
}

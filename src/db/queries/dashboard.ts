import type { Db } from '../db.js';

/** The dashboard's filters. Team and channel are those of the linked conversation. */
export interface DashboardFilter {
  workspaceId: string;
  from: Date;
  to: Date;
  teamId: string | null;
  channel: string | null;
}

export const filterParams = (f: DashboardFilter) => [
  f.workspaceId,
  f.from,
  f.to,
  f.teamId,
  f.channel,
];

/**
 * A response's conversation: its own, or else its offer's. With a team or channel filter, a
 * response linked to no conversation (a review, a relational NPS) matches neither.
 */
export const RESPONSE_SCOPE = `from survey_responses r
  left join survey_offers o on o.id = r.offer_id and o.workspace_id = r.workspace_id
  left join conversations cv
    on cv.id = coalesce(r.conversation_id, o.conversation_id) and cv.workspace_id = r.workspace_id
  where r.workspace_id = $1 and r.created_at >= $2 and r.created_at < $3
    and ($4::uuid is null or cv.team_id = $4::uuid)
    and ($5::text is null or cv.channel = $5::text)`;

export interface ScoreBucketRow {
  /** The step's first day, YYYY-MM-DD in UTC (weeks start on Monday). */
  start: string;
  kind: 'csat' | 'ces' | 'nps' | 'cx' | 'review';
  score: number;
  n: number;
  /** CX index only: the sum of its three items over these answers (a finer mean than `score`). */
  item_sum: number;
}

/** Answers per step, kind and score point: every average, distribution and NPS follows. */
export async function countScoresByStep(
  db: Db,
  f: DashboardFilter,
  step: 'day' | 'week',
): Promise<ScoreBucketRow[]> {
  return db.query<ScoreBucketRow>(
    `select to_char(date_trunc($6, r.created_at at time zone 'UTC'), 'YYYY-MM-DD') as start,
       r.kind, r.score, count(*)::int as n,
       coalesce(sum(r.cx_effective + r.cx_easy + r.cx_enjoyable), 0)::int as item_sum
     ${RESPONSE_SCOPE}
     group by 1, 2, 3 order by 1, 2, 3`,
    [...filterParams(f), step],
  );
}

export interface OfferRateRow {
  kind: 'csat' | 'ces' | 'nps' | 'cx';
  offered: number;
  answered: number;
}

/** Surveys offered in the period (held-back ones are not offers) and how many were answered. */
export async function countOfferRates(db: Db, f: DashboardFilter): Promise<OfferRateRow[]> {
  return db.query<OfferRateRow>(
    `select o.kind, (count(*) filter (where o.status <> 'suppressed'))::int as offered,
       (count(*) filter (where o.status = 'answered'))::int as answered
       from survey_offers o
       left join conversations cv on cv.id = o.conversation_id and cv.workspace_id = o.workspace_id
      where o.workspace_id = $1 and o.created_at >= $2 and o.created_at < $3
        and ($4::uuid is null or cv.team_id = $4::uuid)
        and ($5::text is null or cv.channel = $5::text)
      group by o.kind`,
    filterParams(f),
  );
}

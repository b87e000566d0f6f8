import type { Db } from '../db.js';

export interface VolumeRow {
  topic_id: string;
  /** The period's first day, YYYY-MM-DD in UTC (weeks start on Monday). */
  start: string;
  texts: number;
  negative: number;
}

export interface VolumeQuery {
  from: Date;
  to: Date;
  step: 'day' | 'week';
  /** Only these topics; all when unset. */
  topicIds?: readonly string[] | undefined;
  /** Only texts of these kinds (message, review, complaint, …); all when unset. */
  kinds?: readonly string[] | undefined;
}

/**
 * How many texts each topic had in each period in [from, to), and how many of them were
 * negative. Periods without texts are left out. Reads one index (feedback_text_topics).
 */
export async function countTopicVolumes(
  db: Db,
  workspaceId: string,
  q: VolumeQuery,
): Promise<VolumeRow[]> {
  return db.query<VolumeRow>(
    `select a.topic_id,
       to_char(date_trunc($4, a.written_at at time zone 'UTC'), 'YYYY-MM-DD') as start,
       count(*)::int as texts, (count(*) filter (where a.negative))::int as negative
       from feedback_text_topics a
      where a.workspace_id = $1 and a.written_at >= $2 and a.written_at < $3
        and ($5::uuid[] is null or a.topic_id = any($5::uuid[]))
        and ($6::text[] is null or exists (
          select 1 from feedback_texts f where f.id = a.text_id and f.kind = any($6::text[])))
      group by 1, 2 order by 2, 1`,
    [workspaceId, q.from, q.to, q.step, q.topicIds ?? null, q.kinds ?? null],
  );
}

/** Every analysed text per period, in a topic or not: the whole against which topics are read. */
export async function countAllVolumes(
  db: Db,
  workspaceId: string,
  q: Omit<VolumeQuery, 'topicIds'>,
): Promise<Omit<VolumeRow, 'topic_id'>[]> {
  return db.query(
    `select to_char(date_trunc($4, written_at at time zone 'UTC'), 'YYYY-MM-DD') as start,
       count(*)::int as texts,
       (count(*) filter (where sentiment_label = 'negative'))::int as negative
       from feedback_texts
      where workspace_id = $1 and written_at >= $2 and written_at < $3
        and ($5::text[] is null or kind = any($5::text[]))
      group by 1 order by 1`,
    [workspaceId, q.from, q.to, q.step, q.kinds ?? null],
  );
}

import { countTopicVolumes, type VolumeQuery } from '../../db/queries/topic-volumes.js';
import type { TopicPoint } from '../../shared/schemas/topics.js';
import type { CoreDeps } from '../deps.js';

const DAY_MS = 86_400_000;

/** The first day of each period that overlaps [from, to), YYYY-MM-DD in UTC; weeks on Monday. */
export function periodStarts(from: Date, to: Date, step: 'day' | 'week'): string[] {
  const first = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()));
  if (step === 'week') first.setUTCDate(first.getUTCDate() - ((first.getUTCDay() + 6) % 7));
  const stride = step === 'week' ? 7 * DAY_MS : DAY_MS;
  const starts: string[] = [];
  for (let t = first.getTime(); t < to.getTime(); t += stride) {
    starts.push(new Date(t).toISOString().slice(0, 10));
  }
  return starts;
}

/** Points for every period, zero where nothing was written, from rows that skip empty ones. */
export function fillPeriods(
  starts: readonly string[],
  rows: readonly { start: string; texts: number; negative: number }[],
): TopicPoint[] {
  const byStart = new Map(rows.map((r) => [r.start, r]));
  return starts.map((start) => {
    const r = byStart.get(start);
    return { start, texts: r?.texts ?? 0, negative: r?.negative ?? 0 };
  });
}

export interface TopicSeries {
  topicId: string;
  texts: number;
  negative: number;
  points: TopicPoint[];
}

/**
 * Volume per topic per day or week over [from, to), with how many texts were negative: the
 * query behind the topic list, an improvement's before and after, and any dashboard chart.
 * Every period is present (zero when quiet); topics without texts in the range are absent.
 */
export async function topicVolumes(
  deps: Pick<CoreDeps, 'db'>,
  workspaceId: string,
  q: VolumeQuery,
): Promise<TopicSeries[]> {
  const rows = await countTopicVolumes(deps.db, workspaceId, q);
  const starts = periodStarts(q.from, q.to, q.step);
  const byTopic = new Map<string, typeof rows>();
  for (const r of rows) {
    const own = byTopic.get(r.topic_id) ?? [];
    own.push(r);
    byTopic.set(r.topic_id, own);
  }
  return [...byTopic].map(([topicId, own]) => ({
    topicId,
    texts: own.reduce((n, r) => n + r.texts, 0),
    negative: own.reduce((n, r) => n + r.negative, 0),
    points: fillPeriods(starts, own),
  }));
}

import { improvementsByTopic } from '../../db/queries/improvements.js';
import { phrasesOfTopics } from '../../db/queries/topic-phrases.js';
import { countAllVolumes } from '../../db/queries/topic-volumes.js';
import { listTopicRows, listTopicRules, type TopicRow } from '../../db/queries/topics.js';
import type { TopicList, TopicPeriodQuery, TopicSummary } from '../../shared/schemas/topics.js';
import type { CoreDeps } from '../deps.js';
import { periodView, topicPeriod, type TopicPeriod } from './topic-period.js';
import { fillPeriods, periodStarts, topicVolumes, type TopicSeries } from './topic-volumes.js';

/** The list shows this many topics; the rest are the long tail of rare phrases. */
export const MAX_LISTED = 100;
const PHRASES_SHOWN = 8;

/**
 * The workspace's topics over a period, most texts first: each with its counts per day or week,
 * its negative share, main phrases, keyword rules and improvements. Topics with no texts in the
 * period are listed only when a person made them or gave them rules.
 */
export async function listTopics(
  deps: Pick<CoreDeps, 'db' | 'now'>,
  workspaceId: string,
  query: Partial<TopicPeriodQuery>,
): Promise<TopicList> {
  const period = topicPeriod(query, deps.now());
  const [topics, series, all] = [
    await listTopicRows(deps.db, workspaceId),
    await topicVolumes(deps, workspaceId, period),
    await countAllVolumes(deps.db, workspaceId, period),
  ];
  const rules = await listTopicRules(deps.db, workspaceId);
  const volume = new Map(series.map((s) => [s.topicId, s.texts]));
  const ruled = new Set(rules.map((r) => r.topic_id));
  const shown = topics
    .filter((t) => volume.has(t.id) || t.origin === 'admin' || ruled.has(t.id))
    .sort((a, b) => (volume.get(b.id) ?? 0) - (volume.get(a.id) ?? 0))
    .slice(0, MAX_LISTED);
  const summaries = await summarize(deps, workspaceId, shown, series, period);
  return {
    period: periodView(period),
    topics: summaries,
    all: fillPeriods(periodStarts(period.from, period.to, period.step), all),
  };
}

/** Summaries of these topics, in this order, from their counts over the period. */
export async function summarize(
  deps: Pick<CoreDeps, 'db'>,
  workspaceId: string,
  topics: readonly TopicRow[],
  series: readonly TopicSeries[],
  period: TopicPeriod,
): Promise<TopicSummary[]> {
  const bySeries = new Map(series.map((s) => [s.topicId, s]));
  const rules = await listTopicRules(deps.db, workspaceId);
  const ids = topics.map((t) => t.id);
  const phrases = await phrasesOfTopics(deps.db, workspaceId, ids, PHRASES_SHOWN);
  const improvements = await improvementsByTopic(deps.db, workspaceId);
  const quiet = fillPeriods(periodStarts(period.from, period.to, period.step), []);
  return topics.map((t) => {
    const s = bySeries.get(t.id);
    const texts = s?.texts ?? 0;
    const negative = s?.negative ?? 0;
    return {
      id: t.id,
      name: t.name,
      origin: t.origin,
      texts,
      negative,
      negativeShare: texts ? negative / texts : 0,
      points: s?.points ?? quiet,
      phrases: phrases
        .filter((p) => p.topic_id === t.id)
        .map((p) => ({ key: p.key, phrase: p.phrase, texts: p.doc_count, pinned: p.pinned })),
      rules: rules
        .filter((r) => r.topic_id === t.id)
        .map((r) => ({ id: r.id, keyword: r.keyword, topicId: r.topic_id })),
      improvementIds: improvements.filter((i) => i.topic_id === t.id).map((i) => i.id),
    };
  });
}

import { listTopicTexts, type TopicTextRow } from '../../db/queries/feedback-texts.js';
import { findTopic } from '../../db/queries/topics.js';
import type { TopicDetail, TopicPeriodQuery, TopicTextView } from '../../shared/schemas/topics.js';
import type { CoreDeps } from '../deps.js';
import { notFound } from '../errors.js';
import { summarize } from './list-topics.js';
import { periodView, topicPeriod } from './topic-period.js';
import { topicVolumes } from './topic-volumes.js';

const RECENT = 30;

const textView = (t: TopicTextRow): TopicTextView => ({
  id: t.id,
  kind: t.kind,
  excerpt: t.excerpt,
  writtenAt: t.written_at.toISOString(),
  sentiment: t.sentiment,
  sentimentLabel: t.sentiment_label,
  via: t.via,
  responseId: t.response_id,
  caseId: t.case_id,
  conversationId: t.conversation_id,
  contactName: t.contact_name,
  routedTo: t.team_name ?? t.user_name,
});

/** One topic over a period, with its latest texts (newest first, up to the period's end). */
export async function getTopic(
  deps: Pick<CoreDeps, 'db' | 'now'>,
  workspaceId: string,
  topicId: string,
  query: Partial<TopicPeriodQuery>,
): Promise<TopicDetail> {
  const topic = await findTopic(deps.db, workspaceId, topicId);
  if (!topic) throw notFound('Topic');
  const period = topicPeriod(query, deps.now());
  const series = await topicVolumes(deps, workspaceId, { ...period, topicIds: [topicId] });
  const [summary] = await summarize(deps, workspaceId, [topic], series, period);
  const recent = await listTopicTexts(deps.db, workspaceId, topicId, {
    before: period.to,
    limit: RECENT,
  });
  return {
    ...summary!,
    period: periodView(period),
    recent: recent.map(textView),
  };
}

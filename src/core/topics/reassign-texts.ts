import type { Db } from '../../db/db.js';
import {
  findTexts,
  replaceAssignments,
  type StoredText,
  type TopicAssignmentRow,
} from '../../db/queries/feedback-texts.js';
import { topicsOfPhrases } from '../../db/queries/topic-phrases.js';
import { listTopicRules } from '../../db/queries/topics.js';
import { assignTopics } from './assign-topics.js';

/** Texts are worked out in chunks, so a merge of two large topics stays a few statements. */
const CHUNK = 1000;

export interface Reassigned {
  text: StoredText;
  topicIds: string[];
}

/**
 * Works out again which topics these texts are in, from the keyword rules and phrase topics as
 * they are now, and stores exactly that. Every change to topics, phrases or rules ends here, so
 * what the counts say is always what assignTopics says.
 */
export async function reassignTexts(
  tx: Db,
  workspaceId: string,
  textIds: readonly number[],
): Promise<Reassigned[]> {
  const ids = [...new Set(textIds)];
  if (ids.length === 0) return [];
  const rules = (await listTopicRules(tx, workspaceId)).map((r) => ({
    topicId: r.topic_id,
    keywordKey: r.keyword_key,
  }));
  const out: Reassigned[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const texts = await findTexts(tx, workspaceId, chunk);
    const phraseTopics = await topicsOfPhrases(tx, workspaceId, [
      ...new Set(texts.flatMap((t) => t.phrases)),
    ]);
    const rows: TopicAssignmentRow[] = [];
    for (const text of texts) {
      const assigned = assignTopics(text, rules, (key) => phraseTopics.get(key));
      out.push({ text, topicIds: assigned.map((a) => a.topicId) });
      for (const a of assigned) {
        const negative = text.sentiment_label === 'negative';
        rows.push({
          text_id: text.id,
          topic_id: a.topicId,
          via: a.via,
          written_at: text.written_at,
          negative,
        });
      }
    }
    await replaceAssignments(tx, workspaceId, chunk, rows);
  }
  return out;
}

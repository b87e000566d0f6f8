import type { Db } from '../../db/db.js';
import { setTextRoute } from '../../db/queries/feedback-texts.js';
import { listRoutes } from '../../db/queries/feedback-routes.js';
import { handFollowUpOfText } from '../../db/queries/follow-up-handover.js';
import type { Reassigned } from '../topics/reassign-texts.js';
import { matchRoute } from './match-route.js';

/**
 * Sends newly arrived feedback (survey comments, reviews, complaints; not chat messages) where
 * the workspace's routing rules say, and records the match on the feedback. Decided once, when
 * the feedback is first analysed, in the same transaction. A survey answer's open follow-up goes
 * with it: to the person, or to the team's member with the fewest follow-ups, so the people the
 * rule names are the ones who call the customer back. Returns how many were routed.
 */
export async function routeFeedback(
  tx: Db,
  workspaceId: string,
  arrived: readonly Reassigned[],
  now: Date,
): Promise<number> {
  const feedback = arrived.filter((a) => a.text.kind !== 'message');
  if (feedback.length === 0) return 0;
  const rules = (await listRoutes(tx, workspaceId)).map((r) => ({
    id: r.id,
    keywordKey: r.keyword_key,
    topicId: r.topic_id,
    kinds: r.kinds,
    teamId: r.team_id,
    userId: r.user_id,
  }));
  if (rules.length === 0) return 0;
  let routed = 0;
  for (const { text, topicIds } of feedback) {
    const rule = matchRoute(rules, { kind: text.kind, terms: text.terms, topicIds });
    if (!rule) continue;
    await setTextRoute(tx, workspaceId, {
      textId: text.id,
      routeId: rule.id,
      teamId: rule.teamId,
      userId: rule.userId,
      at: now,
    });
    await handFollowUpOfText(tx, workspaceId, text.id, rule, now);
    routed++;
  }
  return routed;
}

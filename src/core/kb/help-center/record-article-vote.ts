import { countArticleVote } from '../../../db/queries/help-center.js';
import type { CoreDeps } from '../../deps.js';

/**
 * Counts a reader's "Was this helpful?" answer on a published article. It changes nothing but
 * the article's helpful or not-helpful count (no version, no search revision: readers' votes are
 * not content). False when no published article has the slug (a draft, say).
 */
export async function recordArticleVote(
  deps: Pick<CoreDeps, 'db'>,
  input: { workspaceId: string; slug: string; helpful: boolean },
): Promise<boolean> {
  return countArticleVote(deps.db, input.workspaceId, input.slug, input.helpful);
}

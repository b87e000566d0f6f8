import { deleteArticleRow } from '../../db/queries/kb-articles.js';
import type { CoreDeps } from '../deps.js';
import { notFound } from '../errors.js';
import { writeKb } from './persist.js';

/** Deletes an article and its versions; search stops finding it at once. */
export async function deleteArticle(
  deps: Pick<CoreDeps, 'db'>,
  workspaceId: string,
  articleId: string,
): Promise<void> {
  await writeKb(deps, workspaceId, async (tx) => {
    if (!(await deleteArticleRow(tx, workspaceId, articleId))) throw notFound('Article');
    return { result: undefined, change: { upsert: [], remove: [articleId] }, changed: true };
  });
}

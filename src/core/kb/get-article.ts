import { findArticle, listArticles } from '../../db/queries/kb-articles.js';
import { listVersions } from '../../db/queries/kb-versions.js';
import type { KbArticle, KbArticleVersion, KbStatus } from '../../shared/schemas/kb.js';
import type { CoreDeps } from '../deps.js';
import { notFound } from '../errors.js';
import { articleView, versionView } from './article-view.js';

export async function getArticle(
  deps: Pick<CoreDeps, 'db'>,
  workspaceId: string,
  articleId: string,
): Promise<KbArticle> {
  const row = await findArticle(deps.db, workspaceId, articleId);
  if (!row) throw notFound('Article');
  return articleView(row);
}

/** Articles of a workspace, most recently changed first. */
export async function listKbArticles(
  deps: Pick<CoreDeps, 'db'>,
  input: { workspaceId: string; status?: KbStatus; limit: number; before?: string },
): Promise<KbArticle[]> {
  const rows = await listArticles(deps.db, input.workspaceId, {
    limit: input.limit,
    ...(input.status ? { status: input.status } : {}),
    ...(input.before ? { before: new Date(input.before) } : {}),
  });
  return rows.map(articleView);
}

/** An article's earlier versions (title and body before each save), newest first. */
export async function listArticleVersions(
  deps: Pick<CoreDeps, 'db'>,
  workspaceId: string,
  articleId: string,
): Promise<KbArticleVersion[]> {
  if (!(await findArticle(deps.db, workspaceId, articleId))) throw notFound('Article');
  return (await listVersions(deps.db, workspaceId, articleId)).map(versionView);
}

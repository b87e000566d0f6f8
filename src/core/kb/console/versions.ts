import { findArticle } from '../../../db/queries/kb-articles.js';
import { findVersion, listVersionSummaries } from '../../../db/queries/kb-console.js';
import type { KbArticleVersion } from '../../../shared/schemas/kb.js';
import type { KbVersionSummary } from '../../../shared/schemas/kb-console.js';
import type { CoreDeps } from '../../deps.js';
import { notFound } from '../../errors.js';
import { versionView } from '../article-view.js';

/** An article's earlier versions (who wrote each and when), newest first, without their text. */
export async function listVersionSummariesOf(
  deps: Pick<CoreDeps, 'db'>,
  workspaceId: string,
  articleId: string,
): Promise<KbVersionSummary[]> {
  if (!(await findArticle(deps.db, workspaceId, articleId))) throw notFound('Article');
  const rows = await listVersionSummaries(deps.db, workspaceId, articleId);
  return rows.map((r) => ({
    version: r.version,
    title: r.title,
    author: r.author_label,
    createdAt: r.created_at.toISOString(),
  }));
}

/** One earlier version of an article, with its title and Markdown. */
export async function getArticleVersion(
  deps: Pick<CoreDeps, 'db'>,
  input: { workspaceId: string; articleId: string; version: number },
): Promise<KbArticleVersion> {
  const row = await findVersion(deps.db, input.workspaceId, input.articleId, input.version);
  if (!row) throw notFound(`Version ${input.version} of this article`);
  return versionView(row);
}

import { articleSlugs } from '../../db/queries/bot.js';
import { findWorkspaceById } from '../../db/queries/workspaces.js';
import type { CoreDeps } from '../deps.js';

/**
 * Gives every citation a link: the article's own address when it was imported with one (the
 * business's site is where it lives), else its page in the public help center
 * (`/help/KEY/articles/SLUG`, a path: the widget resolves it against Parley's origin, the API
 * against the request's).
 */
export async function linkToHelpCenter<C extends { articleId: string; url: string | null }>(
  deps: Pick<CoreDeps, 'db'>,
  workspaceId: string,
  citations: C[],
): Promise<C[]> {
  if (citations.every((c) => c.url)) return citations;
  const [workspace, slugs] = await Promise.all([
    findWorkspaceById(deps.db, workspaceId),
    articleSlugs(
      deps.db,
      workspaceId,
      citations.map((c) => c.articleId),
    ),
  ]);
  return citations.map((c) => {
    const slug = slugs.get(c.articleId);
    if (c.url || !workspace || !slug) return c;
    const key = encodeURIComponent(workspace.public_key);
    return { ...c, url: `/help/${key}/articles/${encodeURIComponent(slug)}` };
  });
}

import type { KbArticle } from '../../../shared/schemas/kb.js';
import type { CoreDeps } from '../../deps.js';
import type { Editor } from '../article-view.js';
import { getArticle } from '../get-article.js';
import { updateArticle } from '../update-article.js';
import { getArticleVersion } from './versions.js';

/**
 * Brings back an earlier version's title and text as a new save: the current text becomes a
 * version of its own, so history is only ever added to. Category, locale, link and status stay
 * as they are now. When the article changed after the person looked at it (`expectedVersion`),
 * the restore is refused rather than throwing away that newer edit unseen.
 */
export async function restoreArticleVersion(
  deps: Pick<CoreDeps, 'db' | 'now'>,
  input: {
    workspaceId: string;
    articleId: string;
    version: number;
    editor: Editor;
    expectedVersion?: number;
  },
): Promise<KbArticle> {
  const { workspaceId, articleId } = input;
  const current = await getArticle(deps, workspaceId, articleId);
  const old = await getArticleVersion(deps, input);
  return updateArticle(deps, {
    workspaceId,
    articleId,
    editor: input.editor,
    // The check runs again under the row lock, so an edit landing in between is not lost.
    expectedVersion: input.expectedVersion ?? current.version,
    article: {
      title: old.title,
      bodyMd: old.bodyMd,
      category: current.category,
      locale: current.locale,
      url: current.url,
    },
  });
}

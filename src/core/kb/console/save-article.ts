import type { KbArticle } from '../../../shared/schemas/kb.js';
import type { KbConsoleSave } from '../../../shared/schemas/kb-console.js';
import type { CoreDeps } from '../../deps.js';
import { AppError } from '../../errors.js';
import type { Editor } from '../article-view.js';
import { getArticle } from '../get-article.js';
import { setArticleStatus, updateArticle } from '../update-article.js';

/**
 * Saves the editor's form: the article's content and details, and its status. Content and status
 * are two writes, ordered so that search never serves text nobody meant to publish: publishing
 * saves the text first, unpublishing withdraws the article first. A save based on an older
 * version than the current one (`expectedVersion`) is refused before either write.
 */
export async function saveArticle(
  deps: Pick<CoreDeps, 'db' | 'now'>,
  input: { workspaceId: string; articleId: string; save: KbConsoleSave; editor: Editor },
): Promise<KbArticle> {
  const { workspaceId, articleId, editor } = input;
  const { status, expectedVersion, ...article } = input.save;
  const current = await getArticle(deps, workspaceId, articleId);
  if (expectedVersion !== undefined && expectedVersion !== current.version) {
    throw new AppError(
      'conflict',
      `Someone saved this article meanwhile (now version ${current.version}; you edited version ` +
        `${expectedVersion}). Copy your text, reload the article and apply your changes again.`,
    );
  }
  const setStatus = () => setArticleStatus(deps, { workspaceId, articleId, status, editor });
  // updateArticle checks the version again under the row lock, for a save landing in between.
  const content = () =>
    updateArticle(deps, { workspaceId, articleId, article, editor, expectedVersion });
  if (status === current.status) return content();
  if (status === 'draft') {
    await setStatus();
    return content();
  }
  await content();
  return setStatus();
}

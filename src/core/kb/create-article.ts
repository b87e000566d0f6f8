import { randomUUID } from 'node:crypto';
import { findArticle, listArticleSlugs } from '../../db/queries/kb-articles.js';
import type { KbArticle, KbArticleInput, KbStatus } from '../../shared/schemas/kb.js';
import type { CoreDeps } from '../deps.js';
import { articleView, type Editor } from './article-view.js';
import { normalizeBody } from './body.js';
import { categoryIds } from './categories.js';
import { persistArticles, writeKb } from './persist.js';
import { slugify, uniqueSlug } from './slug.js';

/** Creates an article (a draft unless told otherwise) with a slug unique in its locale. */
export async function createArticle(
  deps: Pick<CoreDeps, 'db' | 'now'>,
  input: {
    workspaceId: string;
    article: KbArticleInput;
    editor: Editor;
    status?: KbStatus;
    externalId?: string;
  },
): Promise<KbArticle> {
  const { workspaceId, article, editor } = input;
  const id = randomUUID();
  return writeKb(deps, workspaceId, async (tx) => {
    const taken = new Set(
      (await listArticleSlugs(tx, workspaceId))
        .filter((s) => s.locale === article.locale)
        .map((s) => s.slug),
    );
    const category = article.category?.trim() || null;
    const ids = await categoryIds(tx, workspaceId, [category]);
    const { change } = await persistArticles(
      tx,
      workspaceId,
      [
        {
          id,
          categoryName: category,
          fields: {
            ext_id: input.externalId ?? null,
            slug: uniqueSlug(slugify(article.title), taken),
            title: article.title,
            body_md: normalizeBody(article.bodyMd),
            category_id: category ? ids.get(category)! : null,
            locale: article.locale,
            status: input.status ?? 'draft',
            source_url: article.url ?? null,
            updated_by_id: editor.userId,
            updated_by_label: editor.label,
          },
        },
      ],
      deps.now(),
    );
    const row = await findArticle(tx, workspaceId, id);
    return { result: articleView(row!), change, changed: true };
  });
}

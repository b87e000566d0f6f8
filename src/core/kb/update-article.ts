import {
  findArticle,
  listArticleSlugs,
  type KbArticleFields,
  type KbArticleRow,
} from '../../db/queries/kb-articles.js';
import type { KbArticle, KbArticleInput, KbStatus } from '../../shared/schemas/kb.js';
import type { Db } from '../../db/db.js';
import type { CoreDeps } from '../deps.js';
import { AppError, notFound } from '../errors.js';
import { articleView, type Editor } from './article-view.js';
import { normalizeBody } from './body.js';
import { categoryIds } from './categories.js';
import { persistArticles, writeKb } from './persist.js';
import { uniqueSlug } from './slug.js';

/**
 * Saves an article's title, body and details. The previous title and body are kept as a version
 * when either changes. With `expectedVersion`, a save based on an older version is refused
 * instead of silently overwriting someone else's edit.
 */
export async function updateArticle(
  deps: Pick<CoreDeps, 'db' | 'now'>,
  input: {
    workspaceId: string;
    articleId: string;
    article: KbArticleInput;
    editor: Editor;
    expectedVersion?: number;
  },
): Promise<KbArticle> {
  const { workspaceId, article } = input;
  return changeArticle(deps, workspaceId, input.articleId, input.editor, async (tx, existing) => {
    if (input.expectedVersion !== undefined && input.expectedVersion !== existing.version) {
      throw new AppError(
        'conflict',
        `This article was changed meanwhile (now version ${existing.version}, you edited ` +
          `version ${input.expectedVersion}). Reload it and apply your changes again.`,
      );
    }
    const category = article.category?.trim() || null;
    const ids = await categoryIds(tx, workspaceId, [category]);
    return {
      slug: await slugInLocale(tx, workspaceId, existing, article.locale),
      title: article.title,
      body_md: normalizeBody(article.bodyMd),
      category_id: category ? ids.get(category)! : null,
      locale: article.locale,
      source_url: article.url ?? null,
    };
  });
}

/** Slugs are unique per locale: moving to another locale may need a suffix. */
async function slugInLocale(tx: Db, workspaceId: string, existing: KbArticleRow, locale: string) {
  if (locale === existing.locale) return existing.slug;
  const taken = (await listArticleSlugs(tx, workspaceId))
    .filter((s) => s.locale === locale)
    .map((s) => s.slug);
  return uniqueSlug(existing.slug, new Set(taken));
}

/** Publishes (search and answers use it from now on) or unpublishes an article. */
export async function setArticleStatus(
  deps: Pick<CoreDeps, 'db' | 'now'>,
  input: { workspaceId: string; articleId: string; status: KbStatus; editor: Editor },
): Promise<KbArticle> {
  return changeArticle(deps, input.workspaceId, input.articleId, input.editor, async () => ({
    status: input.status,
  }));
}

/** Reads the article locked, applies `edit`, stores it if anything changed. */
async function changeArticle(
  deps: Pick<CoreDeps, 'db' | 'now'>,
  workspaceId: string,
  articleId: string,
  editor: Editor,
  edit: (tx: Db, existing: KbArticleRow) => Promise<Partial<KbArticleFields>>,
): Promise<KbArticle> {
  return writeKb(deps, workspaceId, async (tx) => {
    const existing = await findArticle(tx, workspaceId, articleId, { forUpdate: true });
    if (!existing) throw notFound('Article');
    const fields: KbArticleFields = {
      ext_id: existing.ext_id,
      slug: existing.slug,
      title: existing.title,
      body_md: existing.body_md,
      category_id: existing.category_id,
      locale: existing.locale,
      status: existing.status,
      source_url: existing.source_url,
      ...(await edit(tx, existing)),
      updated_by_id: editor.userId,
      updated_by_label: editor.label,
    };
    const categoryName =
      fields.category_id === existing.category_id ? existing.category_name : null;
    const { kinds, change } = await persistArticles(
      tx,
      workspaceId,
      [{ id: articleId, existing, fields, categoryName }],
      deps.now(),
    );
    const row = kinds[0] === 'unchanged' ? existing : await findArticle(tx, workspaceId, articleId);
    // The index needs the category's name, which only the stored row has after a change.
    for (const a of change.upsert) a.category = row!.category_name;
    return { result: articleView(row!), change, changed: kinds[0] !== 'unchanged' };
  });
}

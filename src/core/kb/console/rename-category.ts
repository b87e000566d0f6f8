import {
  findCategory,
  findCategoryBySlug,
  listPublishedInCategory,
  renameCategoryRow,
} from '../../../db/queries/kb-console.js';
import type { KbCategoryView } from '../../../shared/schemas/kb-console.js';
import type { CoreDeps } from '../../deps.js';
import { notFound } from '../../errors.js';
import { writeKb } from '../persist.js';
import { indexedArticle } from '../search/registry.js';
import { slugify } from '../slug.js';
import { alreadyThere, categoryView } from './categories.js';

/**
 * Renames a category. Its slug follows the name, so a later import that names the category by
 * its new name finds it instead of making a second one. Search indexes the category's name with
 * each published article, so those articles are re-indexed in the same write.
 */
export async function renameKbCategory(
  deps: Pick<CoreDeps, 'db'>,
  input: { workspaceId: string; categoryId: string; name: string },
): Promise<KbCategoryView> {
  const { workspaceId, categoryId, name } = input;
  return writeKb(deps, workspaceId, async (tx) => {
    const category = await findCategory(tx, workspaceId, categoryId);
    if (!category) throw notFound('Category');
    const slug = slugify(name);
    const clash = await findCategoryBySlug(tx, workspaceId, slug);
    if (clash && clash.id !== categoryId) throw alreadyThere(name, clash.name);
    const row = await renameCategoryRow(tx, workspaceId, categoryId, { name, slug });
    const published = await listPublishedInCategory(tx, workspaceId, categoryId);
    return {
      result: categoryView({ ...row!, articles: category.articles }),
      change: { upsert: published.map(indexedArticle), remove: [] },
      changed: published.length > 0,
    };
  });
}

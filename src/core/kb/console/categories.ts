import { randomUUID } from 'node:crypto';
import { ensureCategories } from '../../../db/queries/kb-categories.js';
import {
  findCategoryBySlug,
  listCategoriesWithCounts,
  type KbCategoryCountRow,
} from '../../../db/queries/kb-console.js';
import type { KbCategoryView } from '../../../shared/schemas/kb-console.js';
import type { CoreDeps } from '../../deps.js';
import { AppError } from '../../errors.js';
import { slugify } from '../slug.js';

export const categoryView = (r: KbCategoryCountRow): KbCategoryView => ({
  id: r.id,
  name: r.name,
  slug: r.slug,
  articles: r.articles,
});

/** The workspace's categories, each with how many articles (drafts too) it holds. */
export async function listKbCategories(
  deps: Pick<CoreDeps, 'db'>,
  workspaceId: string,
): Promise<KbCategoryView[]> {
  return (await listCategoriesWithCounts(deps.db, workspaceId)).map(categoryView);
}

/**
 * Adds an empty category. Names that differ only in case or punctuation are the same category
 * (imports match categories that way), so such a name is refused as already there.
 */
export async function createKbCategory(
  deps: Pick<CoreDeps, 'db'>,
  input: { workspaceId: string; name: string },
): Promise<KbCategoryView> {
  const slug = slugify(input.name);
  const existing = await findCategoryBySlug(deps.db, input.workspaceId, slug);
  if (existing) throw alreadyThere(input.name, existing.name);
  const [row] = await ensureCategories(deps.db, input.workspaceId, [
    { id: randomUUID(), slug, name: input.name },
  ]);
  return categoryView({ ...row!, articles: 0 });
}

export const alreadyThere = (name: string, existing: string) =>
  new AppError(
    'conflict',
    existing === name
      ? `There is already a category called "${name}".`
      : `"${name}" is too close to the existing category "${existing}"; pick another name.`,
  );

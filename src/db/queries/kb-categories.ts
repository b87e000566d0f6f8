import type { Db } from '../db.js';

export interface KbCategoryRow {
  id: string;
  workspace_id: string;
  slug: string;
  name: string;
  position: number;
  created_at: Date;
}

/**
 * The categories with these slugs, created when missing (the first name given wins). One
 * statement, safe against a concurrent import creating the same category.
 */
export async function ensureCategories(
  db: Db,
  workspaceId: string,
  categories: readonly { id: string; slug: string; name: string }[],
): Promise<KbCategoryRow[]> {
  if (categories.length === 0) return [];
  return db.query<KbCategoryRow>(
    `insert into kb_categories (workspace_id, id, slug, name)
     select $1, c.id, c.slug, c.name from unnest($2::uuid[], $3::text[], $4::text[]) as c(id, slug, name)
     on conflict (workspace_id, slug) do update set name = kb_categories.name
     returning *`,
    [
      workspaceId,
      categories.map((c) => c.id),
      categories.map((c) => c.slug),
      categories.map((c) => c.name),
    ],
  );
}

export async function listCategories(db: Db, workspaceId: string): Promise<KbCategoryRow[]> {
  return db.query<KbCategoryRow>(
    'select * from kb_categories where workspace_id = $1 order by position, name',
    [workspaceId],
  );
}

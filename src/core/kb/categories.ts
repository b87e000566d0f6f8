import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/db.js';
import { ensureCategories } from '../../db/queries/kb-categories.js';
import { slugify } from './slug.js';

/**
 * Category ids for category names, creating the missing ones. Names that differ only in case or
 * punctuation share one category (they have the same slug).
 */
export async function categoryIds(
  db: Db,
  workspaceId: string,
  names: readonly (string | null | undefined)[],
): Promise<Map<string, string>> {
  const bySlug = new Map<string, string>();
  for (const name of names) {
    const trimmed = name?.trim();
    if (trimmed && !bySlug.has(slugify(trimmed))) bySlug.set(slugify(trimmed), trimmed);
  }
  const rows = await ensureCategories(
    db,
    workspaceId,
    [...bySlug].map(([slug, name]) => ({ id: randomUUID(), slug, name })),
  );
  const idOfSlug = new Map(rows.map((r) => [r.slug, r.id]));
  const out = new Map<string, string>();
  for (const name of names) {
    const trimmed = name?.trim();
    if (trimmed) out.set(trimmed, idOfSlug.get(slugify(trimmed))!);
  }
  return out;
}

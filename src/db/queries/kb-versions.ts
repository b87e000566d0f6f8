import type { Db } from '../db.js';

export interface KbVersionRow {
  id: number;
  workspace_id: string;
  article_id: string;
  version: number;
  title: string;
  body_md: string;
  author_id: string | null;
  author_label: string;
  created_at: Date;
}

export interface NewKbVersion {
  article_id: string;
  version: number;
  title: string;
  body_md: string;
  author_id: string | null;
  author_label: string;
  /** When that version was written (the article's updated_at before the save). */
  created_at: Date;
}

/** Keeps the previous title and body of each article about to change, in one statement. */
export async function insertVersions(
  db: Db,
  workspaceId: string,
  rows: readonly NewKbVersion[],
): Promise<void> {
  if (rows.length === 0) return;
  const params: unknown[] = [workspaceId];
  const columns = [
    'article_id',
    'version',
    'title',
    'body_md',
    'author_id',
    'author_label',
    'created_at',
  ] as const;
  const tuples = rows.map((row) => {
    const slots = columns.map((c) => `$${params.push(row[c])}`);
    return `($1, ${slots.join(', ')})`;
  });
  await db.query(
    `insert into kb_article_versions (workspace_id, ${columns.join(', ')})
     values ${tuples.join(', ')} on conflict (article_id, version) do nothing`,
    params,
  );
}

/** Earlier versions of one article, newest first. */
export async function listVersions(
  db: Db,
  workspaceId: string,
  articleId: string,
): Promise<KbVersionRow[]> {
  return db.query<KbVersionRow>(
    `select * from kb_article_versions where workspace_id = $1 and article_id = $2
     order by version desc`,
    [workspaceId, articleId],
  );
}

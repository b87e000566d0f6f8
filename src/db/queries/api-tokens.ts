import type { Db } from '../db.js';

export interface ApiTokenRow {
  id: string;
  workspace_id: string;
  name: string;
  prefix: string;
  created_by: string | null;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

const COLUMNS = 'id, workspace_id, name, prefix, created_by, created_at, last_used_at, revoked_at';

export async function insertApiToken(
  db: Db,
  t: {
    id: string;
    workspace_id: string;
    name: string;
    token_hash: string;
    prefix: string;
    created_by: string | null;
  },
): Promise<ApiTokenRow> {
  const [row] = await db.query<ApiTokenRow>(
    `insert into api_tokens (id, workspace_id, name, token_hash, prefix, created_by)
     values ($1, $2, $3, $4, $5, $6) returning ${COLUMNS}`,
    [t.id, t.workspace_id, t.name, t.token_hash, t.prefix, t.created_by],
  );
  return row!;
}

export async function listApiTokens(db: Db, workspaceId: string): Promise<ApiTokenRow[]> {
  return db.query<ApiTokenRow>(
    `select ${COLUMNS} from api_tokens where workspace_id = $1 order by created_at desc`,
    [workspaceId],
  );
}

export async function findApiToken(
  db: Db,
  workspaceId: string,
  id: string,
): Promise<ApiTokenRow | undefined> {
  const [row] = await db.query<ApiTokenRow>(
    `select ${COLUMNS} from api_tokens where workspace_id = $1 and id = $2`,
    [workspaceId, id],
  );
  return row;
}

export async function revokeApiToken(
  db: Db,
  workspaceId: string,
  id: string,
  now: Date,
): Promise<ApiTokenRow | undefined> {
  const [row] = await db.query<ApiTokenRow>(
    `update api_tokens set revoked_at = coalesce(revoked_at, $3)
     where workspace_id = $1 and id = $2 returning ${COLUMNS}`,
    [workspaceId, id, now],
  );
  return row;
}

/** Looks a live token up by hash and stamps its last use in the same statement. */
export async function useApiToken(
  db: Db,
  tokenHash: string,
  now: Date,
): Promise<ApiTokenRow | undefined> {
  const [row] = await db.query<ApiTokenRow>(
    `update api_tokens set last_used_at = $2
     where token_hash = $1 and revoked_at is null returning ${COLUMNS}`,
    [tokenHash, now],
  );
  return row;
}

import type { ApiTokenRow } from '../db/queries/api-tokens.js';
import type { MemberRow } from '../db/queries/users.js';
import type { ApiTokenView, MemberView } from '../shared/schemas/auth.js';

/** Database rows to the wire shapes of shared/: camelCase, ISO dates, no secrets. */
export const memberView = (m: MemberRow): MemberView => ({
  id: m.id,
  email: m.email,
  name: m.name,
  role: m.role,
  hasPassword: m.has_password,
  createdAt: m.created_at.toISOString(),
});

export const apiTokenView = (t: ApiTokenRow): ApiTokenView => ({
  id: t.id,
  name: t.name,
  prefix: t.prefix,
  createdAt: t.created_at.toISOString(),
  lastUsedAt: t.last_used_at?.toISOString() ?? null,
  revokedAt: t.revoked_at?.toISOString() ?? null,
});

import { randomBytes } from 'node:crypto';
import type { CoreDeps } from '../src/core/deps.js';
import { addMember } from '../src/core/users/add-member.js';
import { createWorkspace } from '../src/core/workspaces/create-workspace.js';
import type { Role } from '../src/db/queries/users.js';

/** Seed builders: every value random and unique, so tests never depend on each other's rows. */
export const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString('hex')}`;

export const PASSWORD = 'correct horse battery staple';

export async function seedWorkspace(core: CoreDeps, name = unique('Workspace')) {
  return createWorkspace(core, { name });
}

export async function seedMember(
  core: CoreDeps,
  workspaceId: string,
  options: { role?: Role; password?: string | null } = {},
) {
  const email = `${unique('person')}@example.test`;
  const password = options.password === undefined ? PASSWORD : options.password;
  const added = await addMember(core, {
    workspaceId,
    email,
    name: unique('Name'),
    role: options.role ?? 'agent',
    ...(password ? { password } : {}),
  });
  return { ...added, email, password };
}

import type { CoreDeps } from '../deps.js';
import { findMember, listMembers, type MemberRow } from '../../db/queries/users.js';
import { notFound } from '../errors.js';

export async function listWorkspaceMembers(
  deps: Pick<CoreDeps, 'db'>,
  workspaceId: string,
): Promise<MemberRow[]> {
  return listMembers(deps.db, workspaceId);
}

/** One member of this workspace; a person of another workspace is simply not found. */
export async function getWorkspaceMember(
  deps: Pick<CoreDeps, 'db'>,
  workspaceId: string,
  userId: string,
): Promise<MemberRow> {
  const member = await findMember(deps.db, workspaceId, userId);
  if (!member) throw notFound('Member');
  return member;
}

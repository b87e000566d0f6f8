import type { CoreDeps } from '../deps.js';

/** What invitations need beyond the database and the clock: who is online now (presence). */
export interface InvitationDeps extends Pick<CoreDeps, 'db' | 'now'> {
  onlineAgents: (workspaceId: string) => readonly string[];
}

import { linkConversation, setConversationTeam } from '../../db/queries/invitations.js';
import type { Participant } from '../conversations/realtime-deps.js';
import type { CoreDeps } from '../deps.js';
import { notFound } from '../errors.js';

/**
 * An accepted invitation became a conversation: it counts as converted, and the conversation
 * goes to the rule's team when it has none yet. Returns whether the team changed (routing
 * must then look at the workspace again).
 */
export async function linkInvitationConversation(
  deps: Pick<CoreDeps, 'db'>,
  who: Participant & { kind: 'contact' },
  input: { invitationId: string; visitor: string; conversationId: string },
): Promise<{ teamChanged: boolean }> {
  return deps.db.transaction(async (tx) => {
    const linked = await linkConversation(
      tx,
      who.workspaceId,
      input.invitationId,
      input.visitor,
      input.conversationId,
      who.contactId,
    );
    if (!linked) throw notFound('Accepted invitation');
    const teamChanged =
      linked.team_id !== null &&
      (await setConversationTeam(tx, who.workspaceId, input.conversationId, linked.team_id));
    return { teamChanged };
  });
}

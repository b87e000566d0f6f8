import type { LadderMove } from '../../core/escalation/sweep-overdue.js';
import { createConversationAlert, type ConversationAlertOptions } from './conversation-alert.js';

/**
 * When the ladder clock moves a conversation to the supervisor rung, the workspace's owners and
 * admins whose console is closed get a push on their phones (those with it open see the
 * conversation flagged in the inbox). Called on the node that made the move, so once.
 */
export function createSupervisorAlerts(options: ConversationAlertOptions) {
  const alert = createConversationAlert(options, 'supervisors', ({ who, subject }) => ({
    title: `${who} needs a supervisor`,
    body: `Waited longer than the team queue's time budget: ${subject}`,
  }));
  return {
    consider(move: LadderMove) {
      if (move.to === 'supervisor') alert(move.workspaceId, move.conversationId);
    },
  };
}

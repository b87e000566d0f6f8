import type { SlaAlert } from '../../core/slas/sweep-slas.js';
import { SLA_METRIC_LABELS } from '../../shared/sla-labels.js';
import { createConversationAlert, type ConversationAlertOptions } from './conversation-alert.js';

/**
 * When the SLA clock warns about or records a breach, whoever owes the reply (the assignee, or
 * the owners and admins while nobody holds the conversation) gets a push unless their console
 * is open. Called on the node that recorded it, so once.
 */
export function createSlaAlerts(options: ConversationAlertOptions) {
  return {
    consider(a: SlaAlert) {
      const metric = SLA_METRIC_LABELS[a.metric].toLowerCase();
      createConversationAlert(options, 'owing', ({ who, subject }) =>
        a.kind === 'breached'
          ? { title: `SLA breached: ${who}`, body: `The ${metric} target was missed: ${subject}` }
          : {
              title: `SLA due soon: ${who}`,
              body: `The ${metric} is due in ${a.minutesLeft} min: ${subject}`,
            },
      )(a.workspaceId, a.conversationId);
    },
  };
}

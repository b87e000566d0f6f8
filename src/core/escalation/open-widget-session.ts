import { openVisitorSession, type VisitorSession } from '../contacts/open-visitor-session.js';
import type { ConversationDeps } from '../conversations/realtime-deps.js';
import { escalateVipConversations } from './vip.js';

/**
 * The widget's handshake (see openVisitorSession), plus the ladder's VIP condition: a visitor
 * who turns out to be a verified VIP mid-conversation leaves the bot for people right away.
 */
export async function openWidgetSession(
  deps: ConversationDeps,
  input: Parameters<typeof openVisitorSession>[1],
): Promise<VisitorSession> {
  const session = await openVisitorSession(deps, input);
  await escalateVipConversations(deps, session.contact);
  return session;
}

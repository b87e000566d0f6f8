import type { ConversationEvent } from '../../shared/realtime.js';
import type { CoreDeps } from '../deps.js';
import type { Answerer } from '../kb/answerer.js';
import type { MessageWriter } from './message-writer.js';

/** Conversation use cases also write through the group-commit writer and publish events. */
export interface ConversationDeps extends CoreDeps {
  writer: MessageWriter;
  /** Called only after the change is committed. */
  publish: (event: ConversationEvent) => void;
  /** How questions are answered (retrieval, or generative when configured); retrieval if unset. */
  answer?: Answerer;
  /** Email can be sent (SMTP_URL is set): survey invitations and thank-yous may go by email. */
  emailEnabled?: boolean;
  /** Survey sampling's coin, injected so tests decide it; Math.random when unset. */
  random?: () => number;
}

/** Who is acting: a customer (through the widget) or a member of the workspace. */
export type Participant =
  | { kind: 'contact'; workspaceId: string; contactId: string }
  | { kind: 'agent'; workspaceId: string; userId: string };

import type { MessageMeta } from '../../shared/realtime.js';

/** What a bot message carries besides its text (messages.meta, WireMessage.meta). */
export type BotMeta = MessageMeta;

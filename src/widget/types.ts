import type { ServerFrame, WireMessage } from '../shared/realtime.js';
import type { InviteHost, Invites } from './invite.js';

/** What the loader hands the panel when it mounts it (the two are built separately). */
export interface PanelHost {
  /** The workspace's public key, from data-workspace. */
  key: string;
  /** Parley's origin (where /widget.js came from); the API and the socket live there. */
  base: string;
  root: ShadowRoot;
  button: HTMLButtonElement;
  emit(event: string, data?: unknown): void;
}

/** What the panel gives back: every `Parley(cmd, ...args)` call after boot goes here. */
export interface PanelApi {
  call(cmd: string, args: unknown[]): void;
}

export interface PanelModule {
  mount(host: PanelHost): PanelApi;
  /** Proactive invitations, started by the loader when the workspace has rules. */
  createInvites(host: InviteHost): Invites;
}

export type Topic = 'question' | 'complaint' | 'feedback';
export type Status = 'online' | 'offline' | 'connecting';

export interface Shown {
  clientId: string;
  seq?: number;
  mine: boolean;
  author: WireMessage['authorType'];
  body: string;
  state: 'pending' | 'sent' | 'failed';
  /** The virtual agent's citations and verdict. */
  meta?: WireMessage['meta'];
}

/** What the server says of the conversation's place in the team's line (see ServerFrame). */
export type QueueNews = Omit<Extract<ServerFrame, { t: 'queue' }>, 't' | 'conversationId'>;

export interface ChatEvents {
  message(m: Shown): void;
  status(s: Status): void;
  typing(on: boolean): void;
  /** The agent has read the conversation up to this sequence. */
  read(seq: number): void;
  /** How many team members are online, when the server says. */
  presence(agentsOnline: number): void;
  /**
   * The conversation's place in the team queue (null: not waiting) and expected minutes; when
   * it left the line to a person, their name; while its team is closed, when it opens; when it
   * closes before the estimate is up, when it closes and opens again.
   */
  queue(news: QueueNews): void;
  /** The person who has the conversation (null: nobody in particular) and whether online. */
  answerer(name: string | null, online: boolean): void;
  /** The stored visitor was refused: its conversation is gone (unsent messages moved on). */
  lost(): void;
  error(text: string): void;
}

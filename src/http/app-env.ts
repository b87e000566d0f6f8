import type { Logger } from 'pino';
import type { ConversationDeps } from '../core/conversations/realtime-deps.js';
import type { Actor } from '../core/auth/resolve-session.js';
import type { ApiTokenRow } from '../db/queries/api-tokens.js';

/** Hono's per-request variables. */
export interface AppEnv {
  Variables: {
    actor: Actor;
    apiToken: ApiTokenRow;
  };
}

/** Everything the HTTP layer needs, handed in by the composition root. */
export interface HttpDeps {
  core: ConversationDeps;
  log: Logger;
  /** Folder holding the built browser bundles (console/, widget files). */
  assetsDir: string;
  /** The address people use (canonical links, sitemaps); the request's origin when unset. */
  publicUrl?: string;
  /** Cookies get the Secure flag when the public URL is https. */
  secureCookies: boolean;
  /** False once shutdown begins, so load balancers stop sending traffic. */
  isReady: () => boolean;
  /** A device subscribed to or left Web Push in this workspace. */
  pushSubscriptionsChanged?: (workspaceId: string) => void;
  /** Teams, skills, capacity or someone's status changed: routing rebuilds that workspace. */
  routingChanged?: (workspaceId: string) => void;
  /** Agents with a console open now, on any node (presence); nobody when unset. */
  onlineAgents?: (workspaceId: string) => string[];
}

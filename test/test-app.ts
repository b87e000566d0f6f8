import path from 'node:path';
import pino from 'pino';
import { createMessageWriter } from '../src/core/conversations/message-writer.js';
import type { ConversationDeps } from '../src/core/conversations/realtime-deps.js';
import type { ConversationEvent } from '../src/shared/realtime.js';
import type { Db } from '../src/db/db.js';
import { createApp } from '../src/http/app.js';
import { openTestDb } from './test-db.js';

export interface TestApp {
  core: ConversationDeps;
  /** Every event published, in order. */
  events: ConversationEvent[];
  db: Db;
  fetch: (path: string, init?: RequestInit) => Promise<Response>;
  /** Moves the app's clock forward (session expiry, lockouts). */
  advance: (ms: number) => void;
  close: () => Promise<void>;
}

/** The real HTTP app on a real, freshly migrated database, driven in-process. */
export async function createTestApp(): Promise<TestApp> {
  const db = await openTestDb();
  let offset = 0;
  const events: ConversationEvent[] = [];
  const core: ConversationDeps = {
    db,
    now: () => new Date(Date.now() + offset),
    sessionTtlMs: 3_600_000,
    writer: createMessageWriter(db),
    publish: (event) => void events.push(event),
  };
  const app = createApp({
    core,
    log: pino({ level: 'silent' }),
    assetsDir: path.resolve('dist'),
    secureCookies: false,
    isReady: () => true,
  });
  return {
    core,
    events,
    db,
    fetch: async (p, init) => app.request(`http://parley.test${p}`, init),
    advance: (ms) => {
      offset += ms;
    },
    close: () => db.close(),
  };
}

/** A browser-like client: keeps the session cookie and sends the CSRF token on writes. */
export class ConsoleClient {
  cookie = '';
  csrf = '';
  constructor(private readonly app: TestApp) {}

  async logIn(email: string, password: string) {
    const res = await this.send('POST', '/api/console/auth/login', { email, password });
    if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
    return res;
  }

  async send(method: string, p: string, body?: unknown, headers: Record<string, string> = {}) {
    const res = await this.app.fetch(p, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrf && method !== 'GET' ? { 'x-csrf-token': this.csrf } : {}),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0]!;
    if (res.headers.get('content-type')?.includes('json') && res.status === 200) {
      const clone = (await res.clone().json()) as { csrfToken?: string };
      if (clone.csrfToken) this.csrf = clone.csrfToken;
    }
    return res;
  }

  get = (p: string) => this.send('GET', p);
  post = (p: string, body?: unknown) => this.send('POST', p, body ?? {});
  delete = (p: string) => this.send('DELETE', p);
}

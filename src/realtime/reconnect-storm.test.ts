import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { startServer, type RunningServer } from '../server.js';
import { ChatClient, consoleCookie, eventually, openCustomer } from '../../test/chat-client.js';
import { PASSWORD, seedMember } from '../../test/seed.js';
import { openTestDb } from '../../test/test-db.js';

const CLIENTS = 200;
const ROUNDS = 6;

let server: RunningServer;
let key: string;
let cookie: string;

beforeAll(async () => {
  const db = await openTestDb();
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1' });
  server = await startServer(config, { assetsDir: 'dist', db, log: pino({ level: 'silent' }) });
  key = server.demo!.workspace.public_key;
  const agent = await seedMember(
    { db, now: () => new Date(), sessionTtlMs: 3_600_000 },
    server.demo!.workspace.id,
  );
  cookie = await consoleCookie(server.url, agent.email, PASSWORD);
});
afterAll(() => server.close());

const ws = (path: string) => () => server.url.replace('http', 'ws') + path;

describe('a reconnect storm', () => {
  it(`${CLIENTS} customers drop mid-conversation and come back: no gaps, no duplicates, order kept`, async () => {
    const customers = await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        const c = await openCustomer(server.url, key);
        return new ChatClient(ws(c.socketPath), c.conversationId);
      }),
    );
    await Promise.all(customers.map((c) => c.connect()));
    const agents = customers.map(
      (c) => new ChatClient(ws('/realtime/console'), c.conversationId, { cookie }),
    );
    await Promise.all(agents.map((a) => a.connect()));

    for (let round = 1; round <= ROUNDS; round++) {
      for (const agent of agents) agent.send(`round ${round}`);
      // Halfway through, every customer's connection dies while replies are in flight.
      if (round === ROUNDS / 2) for (const c of customers) c.drop();
      await new Promise((r) => setTimeout(r, 30));
    }
    await eventually(() => agents.every((a) => a.unacked.size === 0), 30_000, 'every reply acked');
    await Promise.all(customers.map((c) => c.reconnect()));
    const expected = ROUNDS + 1; // the opening message plus one reply per round
    await eventually(
      () => customers.every((c) => c.lastSeq === expected),
      30_000,
      'every customer caught up',
    );

    for (const c of customers) {
      const seqs = c.received.map((m) => m.seq);
      // What a client saw before the drop, then exactly what it missed: each seq once, in order.
      expect(seqs).toEqual(Array.from({ length: expected }, (_, i) => i + 1));
    }
    for (const client of [...customers, ...agents]) client.close();
  });
});

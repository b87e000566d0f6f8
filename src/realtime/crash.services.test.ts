import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/db.js';
import { ChatClient, eventually, openCustomer } from '../../test/chat-client.js';
import { openTestDb } from '../../test/test-db.js';

// A real Parley process on PostgreSQL, killed with SIGKILL mid-traffic and started again.
const CUSTOMERS = 50;

let db: Db & { schema?: string };
let url: string;
let port: number;
let child: ChildProcess | undefined;

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port: p } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return p;
}

async function startParley(): Promise<void> {
  const proc = spawn(process.execPath, ['bin/parley.js', 'start'], {
    env: {
      ...process.env,
      DATABASE_URL: url,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child = proc;
  let output = '';
  await new Promise<void>((resolve, reject) => {
    proc.stdout!.on('data', (chunk: Buffer) => {
      output += String(chunk);
      if (output.includes('Parley is running')) resolve();
    });
    proc.stderr!.on('data', (chunk: Buffer) => (output += String(chunk)));
    proc.once('exit', () => reject(new Error(`parley exited early:\n${output}`)));
  });
}

beforeAll(async () => {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error('The services tests need TEST_DATABASE_URL.');
  db = await openTestDb('postgres');
  const search = encodeURIComponent(`-c search_path=${db.schema}`);
  url = `${base}${base.includes('?') ? '&' : '?'}options=${search}`;
  port = await freePort();
});
afterAll(async () => {
  child?.kill('SIGKILL');
  await db.close();
});

describe('a server killed with SIGKILL under load', () => {
  it('keeps every acked message, and unacked ones resent after restart appear exactly once', async () => {
    await startParley();
    const [workspace] = await db.query<{ public_key: string }>(
      'select public_key from workspaces where is_demo',
    );
    const base = `http://127.0.0.1:${port}`;
    const customers = await Promise.all(
      Array.from({ length: CUSTOMERS }, async () => {
        const c = await openCustomer(base, workspace!.public_key);
        return new ChatClient(() => `ws://127.0.0.1:${port}${c.socketPath}`, c.conversationId);
      }),
    );
    await Promise.all(customers.map((c) => c.connect()));

    // Each customer sends four messages a second, as fast as a person could.
    const sending = setInterval(() => {
      for (const [i, c] of customers.entries()) c.send(`customer ${i} at ${Date.now()}`);
    }, 250);
    await new Promise((r) => setTimeout(r, 1100));
    child!.kill('SIGKILL');
    const ackedBeforeCrash = customers.map((c) => new Map(c.acked));
    await new Promise((r) => setTimeout(r, 600)); // customers keep typing while the server is down
    clearInterval(sending);
    await startParley();
    await Promise.all(customers.map((c) => c.reconnect()));
    await eventually(
      () => customers.every((c) => c.unacked.size === 0),
      30_000,
      'every message acked',
    );

    let acked = 0;
    for (const [i, c] of customers.entries()) {
      const rows = await db.query<{ client_id: string; seq: number }>(
        'select client_id, seq from messages where conversation_id = $1 order by seq',
        [c.conversationId],
      );
      const stored = new Map(rows.map((r) => [r.client_id, r.seq]));
      expect(rows.map((r) => r.seq)).toEqual(rows.map((_, k) => k + 1)); // gapless sequence
      expect(stored.size).toBe(rows.length); // no client id twice
      for (const [clientId, seq] of ackedBeforeCrash[i]!) expect(stored.get(clientId)).toBe(seq);
      for (const [clientId, seq] of c.acked) expect(stored.get(clientId)).toBe(seq);
      expect(rows.length).toBe(c.acked.size + 1); // every message sent, plus the opening one
      const seen = c.received.map((m) => m.seq);
      expect(new Set(seen).size).toBe(seen.length); // shown exactly once
      acked += ackedBeforeCrash[i]!.size;
    }
    expect(acked).toBeGreaterThan(0);
    customers.forEach((c) => c.close());
  }, 120_000);
});

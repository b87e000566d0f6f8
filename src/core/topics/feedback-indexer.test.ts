import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedWorkspace } from '../../../test/seed.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { customerSays, indexAll, seedContact } from './feedback.test-helpers.js';
import { createFeedbackIndexer } from './feedback-indexer.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

interface Batch {
  source: string;
  asked: number;
  read: number;
}

/** One indexer pass with `sliceMs`, and the batches it ran (from its debug log). */
async function onePass(sliceMs?: number): Promise<Batch[]> {
  const batches: Batch[] = [];
  const sink = new Writable({
    write(line: Buffer, _encoding, done) {
      const entry = JSON.parse(String(line)) as Batch & { msg: string };
      if (entry.msg === 'feedback batch') batches.push(entry);
      done();
    },
  });
  const log = pino({ level: 'debug' }, sink);
  const indexer = createFeedbackIndexer(t.core, {
    log,
    restFactor: 0,
    ...(sliceMs === undefined ? {} : { sliceMs }),
  });
  await indexer.tick();
  await indexer.stop();
  return batches.filter((b) => b.source === 'message');
}

/** A new workspace's customer who has written 60 messages not yet indexed. */
async function sixtyNewMessages(prefix: string) {
  await indexAll(t);
  const ws = await seedWorkspace(t.core);
  const contact = await seedContact(t, ws.id);
  const texts = Array.from({ length: 59 }, (_, i) => `${prefix} ${i + 2}`);
  await customerSays(t, ws.id, contact.id, `${prefix} 1`, ...texts);
}

describe('the feedback indexer’s batches', () => {
  it('with a time slice to keep, starts small and at most doubles a batch, reading everything', async () => {
    await sixtyNewMessages('Question number');
    const batches = await onePass(5);
    expect(batches[0]!.asked).toBe(5);
    for (let i = 1; i < batches.length; i++)
      expect(batches[i]!.asked).toBeLessThanOrEqual(batches[i - 1]!.asked * 2);
    expect(Math.max(...batches.map((b) => b.asked))).toBeLessThanOrEqual(50);
    expect(batches.reduce((sum, b) => sum + b.read, 0)).toBe(60);
  });

  it('without a slice (PostgreSQL’s default), takes full batches from the start', async () => {
    await sixtyNewMessages('Another question');
    const batches = await onePass(Infinity);
    expect(batches.map((b) => [b.asked, b.read])).toEqual([
      [50, 50],
      [50, 10],
    ]);
  });
});

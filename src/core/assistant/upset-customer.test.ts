import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCustomer } from '../../../test/chat-client.js';
import { seedMember } from '../../../test/seed.js';
import { openTestDb } from '../../../test/test-db.js';
import { loadConfig } from '../../config.js';
import { listHandoffs } from '../../db/queries/ownership.js';
import { startServer, type RunningServer } from '../../server.js';
import { DEFAULT_LADDER } from '../../shared/schemas/ladder.js';
import { setWorkspaceLadder } from '../escalation/workspace-ladder.js';

let server: RunningServer;

beforeAll(async () => {
  const db = await openTestDb();
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' });
  server = await startServer(config, { assetsDir: 'dist', db, presenceGraceMs: 0 });
});
afterAll(() => server.close());

const demo = () => server.demo!.workspace;

/** A customer of the demo shop types to the assistant; what did the bot say, and who owns it? */
async function says(text: string) {
  const { conversationId } = await openCustomer(server.url, demo().public_key, text, 'question');
  const bot = () =>
    server.db.query<{ body: string; meta: { kind: string } }>(
      `select body, meta from messages where conversation_id = $1 and author_type = 'bot'`,
      [conversationId],
    );
  await expect.poll(async () => (await bot()).length, { timeout: 10_000 }).toBeGreaterThan(0);
  const owner = async () =>
    (
      await server.db.query<{ owner: string }>('select owner from conversations where id = $1', [
        conversationId,
      ])
    )[0]!.owner;
  return { conversationId, reply: (await bot())[0]!, owner };
}

describe('a clearly upset customer', () => {
  it('gets a person instead of another automated answer', async () => {
    const { conversationId, reply, owner } = await says(
      'This is ridiculous, I have asked three times and nobody helps me!',
    );
    expect(reply.meta.kind).toBe('bot_note');
    expect(reply.body).toMatch(/sorry this has been frustrating/i);
    // The note comes first, then the handover.
    await expect.poll(owner).toBe('queue');
    const [handoff] = await listHandoffs(server.db, demo().id, conversationId);
    expect(handoff).toMatchObject({ from_owner: 'bot', reason: 'negative_sentiment' });
  });

  it('a customer who is only unsure still gets an answer', async () => {
    const { reply, owner } = await says('Not sure, how much does shipping cost to Austria');
    expect(reply.meta.kind).toBe('bot_answer');
    expect(await owner()).toBe('bot');
  });

  it("stays with the assistant when the bot's step does not list negative_sentiment", async () => {
    const [bot, ...rest] = DEFAULT_LADDER.steps;
    const calm = bot!.leaveWhen.filter((c) => c !== 'negative_sentiment');
    const core = { db: server.db, now: () => new Date(), sessionTtlMs: 0 };
    const admin = await seedMember(core, demo().id, { role: 'admin' });
    const ladder = { ...DEFAULT_LADDER, steps: [{ ...bot!, leaveWhen: calm }, ...rest] };
    await setWorkspaceLadder(core, demo().id, ladder, admin.userId);
    const { reply } = await says('Your bot is useless. I am so angry.');
    expect(reply.meta.kind).toBe('bot_answer');
  });
});

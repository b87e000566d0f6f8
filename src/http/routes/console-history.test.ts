import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openVisitorSession } from '../../core/contacts/open-visitor-session.js';
import { sendMessage } from '../../core/conversations/send-message.js';
import { startConversation } from '../../core/conversations/start-conversation.js';
import { seedMember, seedWorkspace } from '../../../test/seed.js';
import { ConsoleClient, createTestApp, type TestApp } from '../../../test/test-app.js';

interface Page {
  messages: { seq: number; body: string; private: boolean }[];
  lastSeq: number;
  more: boolean;
}
interface ErrorBody {
  error: { code: string; message: string; issues?: { path: string }[] };
}

/** Messages in the long conversation: the customer's question, then 119 more. */
const TOTAL = 120;
/** The one private note among them. */
const NOTE_SEQ = 100;

let t: TestApp;
let laura: ConsoleClient;
let outsider: ConsoleClient;
let longChat: string;

beforeAll(async () => {
  t = await createTestApp();
  const ws = await seedWorkspace(t.core);
  const l = await seedMember(t.core, ws.id, { role: 'agent' });
  const o = await seedMember(t.core, (await seedWorkspace(t.core)).id, { role: 'owner' });
  laura = new ConsoleClient(t);
  outsider = new ConsoleClient(t);
  await laura.logIn(l.email, l.password!);
  await outsider.logIn(o.email, o.password!);
  const visitor = await openVisitorSession(t.core, { workspaceKey: ws.public_key });
  longChat = randomUUID();
  await startConversation(t.core, {
    workspaceId: ws.id,
    contactId: visitor.contact.id,
    conversationId: longChat,
    topic: 'question',
    clientId: randomUUID(),
    body: 'message 1',
  });
  const agent = { kind: 'agent' as const, workspaceId: ws.id, userId: l.userId };
  // One after another, so message n has sequence n.
  for (let seq = 2; seq <= TOTAL; seq++) {
    await sendMessage(t.core, agent, {
      conversationId: longChat,
      clientId: randomUUID(),
      body: `message ${seq}`,
      private: seq === NOTE_SEQ,
    });
  }
});
afterAll(() => t.close());

const page = async (query: string) => {
  const res = await laura.get(`/api/console/conversations/${longChat}/messages?${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as Page;
};
const seqs = (p: Page) => p.messages.map((m) => m.seq);
const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('paging back through a long conversation', () => {
  it('an agent gets the newest page first, then walks back page by page without gaps or repeats', async () => {
    const newest = await page(`beforeSeq=${TOTAL + 1}&limit=50`);
    expect(seqs(newest)).toEqual(range(71, 120));
    expect(newest).toMatchObject({ lastSeq: TOTAL, more: true });
    const middle = await page('beforeSeq=71&limit=50');
    expect(seqs(middle)).toEqual(range(21, 70));
    expect(middle.more).toBe(true);
    const oldest = await page('beforeSeq=21&limit=50');
    expect(seqs(oldest)).toEqual(range(1, 20));
    expect(oldest.more).toBe(false);
    expect(oldest.messages[0]!.body).toBe('message 1');
  });

  it('a page holds 50 messages unless told otherwise, private notes included for agents', async () => {
    const p = await page(`beforeSeq=${NOTE_SEQ + 1}`);
    expect(seqs(p)).toEqual(range(51, 100));
    expect(p.messages.at(-1)).toMatchObject({ seq: NOTE_SEQ, private: true });
  });

  it('beforeSeq is exclusive at both ends of the conversation', async () => {
    expect(await page('beforeSeq=1')).toMatchObject({ messages: [], more: false });
    const first = await page('beforeSeq=2&limit=1');
    expect(seqs(first)).toEqual([1]);
    expect(first.more).toBe(false);
    const exact = await page('beforeSeq=3&limit=1');
    expect(seqs(exact)).toEqual([2]);
    expect(exact.more).toBe(true);
    // Past the end is simply "the newest page": a client may not know the last sequence yet.
    expect(seqs(await page('beforeSeq=999999&limit=3'))).toEqual([118, 119, 120]);
  });

  it('catching up forward still works, and now honours a limit', async () => {
    const p = await page('after=110&limit=5');
    expect(seqs(p)).toEqual(range(111, 115));
    expect(p.more).toBe(true);
    expect(seqs(await page('after=0')).length).toBe(TOTAL);
  });

  it('bad paging input is refused with a 400 that names the field to fix', async () => {
    const cases: [string, string][] = [
      ['beforeSeq=0', 'beforeSeq'],
      ['beforeSeq=-5', 'beforeSeq'],
      ['beforeSeq=abc', 'beforeSeq'],
      ['beforeSeq=1.5', 'beforeSeq'],
      ['beforeSeq=', 'beforeSeq'],
      ['beforeSeq=10&limit=0', 'limit'],
      ['beforeSeq=10&limit=501', 'limit'],
      ['beforeSeq=10&limit=ten', 'limit'],
      ['after=3&beforeSeq=10', 'beforeSeq'],
    ];
    for (const [query, field] of cases) {
      const res = await laura.get(`/api/console/conversations/${longChat}/messages?${query}`);
      expect(res.status, query).toBe(400);
      const body = (await res.json()) as ErrorBody;
      expect(body.error.code).toBe('invalid_input');
      expect(body.error.message, query).toContain(field);
      expect(body.error.issues?.map((i) => i.path)).toContain(field);
    }
  });

  it("another workspace's member gets 404 for the conversation, on every page", async () => {
    for (const query of ['beforeSeq=121', 'beforeSeq=50&limit=10', 'after=0']) {
      const res = await outsider.get(`/api/console/conversations/${longChat}/messages?${query}`);
      expect(res.status, query).toBe(404);
      expect(JSON.stringify(await res.json())).not.toContain('message 1');
    }
    const unknown = await laura.get(
      `/api/console/conversations/${randomUUID()}/messages?beforeSeq=5`,
    );
    expect(unknown.status).toBe(404);
  });
});

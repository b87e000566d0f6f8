import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContactActivity } from '../../shared/schemas/contact-activity.js';
import { seedMember, seedWorkspace } from '../../../test/seed.js';
import { ConsoleClient, createTestApp, type TestApp } from '../../../test/test-app.js';

let t: TestApp;
let key: string;
let otherKey: string;
let laura: ConsoleClient;

beforeAll(async () => {
  t = await createTestApp();
  const ws = await seedWorkspace(t.core);
  key = ws.public_key;
  otherKey = (await seedWorkspace(t.core)).public_key;
  const l = await seedMember(t.core, ws.id, { role: 'agent' });
  laura = new ConsoleClient(t);
  await laura.logIn(l.email, l.password!);
});
afterAll(() => t.close());

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  t.fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

/** A visitor as the widget opens one, optionally reporting the page it runs on. */
async function openVisitor(page?: unknown) {
  const res = await post('/api/widget/session', { workspace: key, ...(page ? { page } : {}) });
  const body = (await res.json()) as { visitorToken: string; contact: { id: string } };
  return { res, token: body.visitorToken, contactId: body.contact?.id };
}
const asVisitor = (token: string, k = key) => ({
  'x-parley-key': k,
  authorization: `Visitor ${token}`,
});
const reportPage = (token: string, page: unknown, k = key) =>
  post('/api/widget/page', page, asVisitor(token, k));

async function currentPage(contactId: string) {
  const res = await laura.get(`/api/console/contacts/${contactId}/activity`);
  expect(res.status).toBe(200);
  return ((await res.json()) as ContactActivity).page;
}

describe('the widget reports the page the customer is on', () => {
  it('the page a visitor opens the session on is what agents see, with when they were seen', async () => {
    const before = Date.now();
    const { res, contactId } = await openVisitor({
      url: 'https://shop.example/kits/ipa?size=5l',
      title: '  IPA starter kit\n  · Hopfield  ',
    });
    expect(res.status).toBe(200);
    const page = await currentPage(contactId);
    expect(page).toMatchObject({
      url: 'https://shop.example/kits/ipa?size=5l',
      title: 'IPA starter kit · Hopfield',
    });
    expect(Date.parse(page!.seenAt)).toBeGreaterThanOrEqual(before - 1000);
  });

  it('starting a conversation and moving to another page each update the current page', async () => {
    const { token, contactId } = await openVisitor();
    expect(await currentPage(contactId)).toBeNull();
    const start = await post(
      '/api/widget/conversations',
      {
        conversationId: randomUUID(),
        topic: 'question',
        clientId: randomUUID(),
        body: 'Is the kit in stock?',
        page: { url: 'https://shop.example/kits', title: 'Kits' },
      },
      asVisitor(token),
    );
    expect(start.status).toBe(201);
    expect(await currentPage(contactId)).toMatchObject({ url: 'https://shop.example/kits' });

    const moved = await reportPage(token, { url: 'http://shop.example/cart' });
    expect(moved.status).toBe(204);
    expect(await currentPage(contactId)).toMatchObject({
      url: 'http://shop.example/cart',
      title: null,
    });
  });

  it('a javascript: or data: address, a non-address, or an over-long URL or title gets a 400', async () => {
    const { token, contactId } = await openVisitor({ url: 'https://shop.example/ok' });
    const bad: [unknown, string][] = [
      [{ url: 'javascript:alert(document.cookie)' }, 'url'],
      [{ url: 'JavaScript://shop.example/%0Aalert(1)' }, 'url'],
      [{ url: 'data:text/html,<script>alert(1)</script>' }, 'url'],
      [{ url: 'ftp://shop.example/file' }, 'url'],
      [{ url: 'not a url' }, 'url'],
      [{ url: `https://shop.example/${'a'.repeat(2048)}` }, 'url'],
      [{ url: 'https://shop.example/', title: 't'.repeat(301) }, 'title'],
      [{ title: 'No address' }, 'url'],
    ];
    for (const [page, field] of bad) {
      const res = await reportPage(token, page);
      expect(res.status, JSON.stringify(page).slice(0, 60)).toBe(400);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('invalid_input');
      expect(body.error.message).toContain(field);
    }
    const session = await post('/api/widget/session', {
      workspace: key,
      visitorToken: token,
      page: { url: 'javascript:alert(1)' },
    });
    expect(session.status).toBe(400);
    // Nothing refused was stored: the last good page stands.
    expect(await currentPage(contactId)).toMatchObject({ url: 'https://shop.example/ok' });
  });

  it('the longest allowed address and title are kept whole', async () => {
    const { token, contactId } = await openVisitor();
    const url = `https://shop.example/${'p'.repeat(2048 - 'https://shop.example/'.length)}`;
    expect(url).toHaveLength(2048);
    expect((await reportPage(token, { url, title: 'T'.repeat(300) })).status).toBe(204);
    const page = await currentPage(contactId);
    expect(page?.url).toBe(url);
    expect(page?.title).toHaveLength(300);
  });

  it("only the visitor's own token, with its own workspace key, can report a page", async () => {
    const { token, contactId } = await openVisitor({ url: 'https://shop.example/mine' });
    const page = { url: 'https://evil.example/' };
    expect((await reportPage('v_not-a-real-token', page)).status).toBe(401);
    expect((await reportPage(token, page, otherKey)).status).toBe(401);
    expect((await post('/api/widget/page', page)).status).toBe(401);
    expect(await currentPage(contactId)).toMatchObject({ url: 'https://shop.example/mine' });
  });
});

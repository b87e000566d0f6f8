import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openVisitorSession } from '../../core/contacts/open-visitor-session.js';
import { sendMessage } from '../../core/conversations/send-message.js';
import { startConversation } from '../../core/conversations/start-conversation.js';
import { createApiToken } from '../../core/tokens/api-tokens.js';
import { seedMember, seedWorkspace } from '../../../test/seed.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { API_V1 } from './api-v1-spec.js';

let t: TestApp;
let token: string;
let otherToken: string;
let conversationId: string;

beforeAll(async () => {
  t = await createTestApp();
  const ws = await seedWorkspace(t.core);
  const other = await seedWorkspace(t.core);
  const agent = await seedMember(t.core, ws.id);
  token = (await createApiToken(t.core, { workspaceId: ws.id, name: 'crm', createdBy: null }))
    .token;
  otherToken = (await createApiToken(t.core, { workspaceId: other.id, name: 'x', createdBy: null }))
    .token;
  const visitor = await openVisitorSession(t.core, { workspaceKey: ws.public_key });
  conversationId = randomUUID();
  await startConversation(t.core, {
    workspaceId: ws.id,
    contactId: visitor.contact.id,
    conversationId,
    topic: 'question',
    clientId: randomUUID(),
    body: 'Do you ship yeast cold?',
  });
  await sendMessage(
    t.core,
    { kind: 'agent', workspaceId: ws.id, userId: agent.userId },
    { conversationId, clientId: randomUUID(), body: 'check cold packs stock', private: true },
  );
});
afterAll(() => t.close());

const get = (path: string, bearer = token) =>
  t.fetch(path, { headers: { authorization: `Bearer ${bearer}` } });

describe('the REST API', () => {
  it('lists conversations, contacts and messages in the documented shapes', async () => {
    const conversations = API_V1.conversations.response.parse(
      await (await get('/api/v1/conversations?status=open')).json(),
    );
    expect(conversations.conversations.map((c) => c.id)).toEqual([conversationId]);
    const contacts = API_V1.contacts.response.parse(
      await (await get('/api/v1/contacts?limit=10')).json(),
    );
    expect(contacts.contacts).toHaveLength(1);
    const messages = API_V1.messages.response.parse(
      await (await get(`/api/v1/conversations/${conversationId}/messages`)).json(),
    );
    expect(messages.messages.map((m) => [m.seq, m.private])).toEqual([
      [1, false],
      [2, true],
    ]);
    const one = API_V1.conversation.response.parse(
      await (await get(`/api/v1/conversations/${conversationId}`)).json(),
    );
    // Started without a bot, it waits in the team queue: owner and rung say so, with the time.
    expect(one).toMatchObject({
      owner: 'queue',
      rung: 'queue',
      channel: 'chat',
      priority: 'normal',
    });
    expect(Date.parse(one.rungSince)).toBeGreaterThan(0);
  });

  it("gives another workspace's token 404 for this workspace's conversation", async () => {
    expect((await get(`/api/v1/conversations/${conversationId}`, otherToken)).status).toBe(404);
    expect((await get(`/api/v1/conversations/${conversationId}/messages`, otherToken)).status).toBe(
      404,
    );
    const listed = (await (await get('/api/v1/conversations', otherToken)).json()) as {
      conversations: unknown[];
    };
    expect(listed.conversations).toEqual([]);
  });

  it("sets a conversation's priority, and names what it accepts", async () => {
    const patch = (body: unknown, bearer = token) =>
      t.fetch(`/api/v1/conversations/${conversationId}`, {
        method: 'PATCH',
        headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const res = await patch({ priority: 'urgent' });
    expect(res.status).toBe(200);
    expect(API_V1.updateConversation.response.parse(await res.json()).priority).toBe('urgent');
    const again = API_V1.conversation.response.parse(
      await (await get(`/api/v1/conversations/${conversationId}`)).json(),
    );
    expect(again.priority).toBe('urgent');

    const bad = await patch({ priority: 'asap' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toContain(
      'urgent, high, normal, low',
    );
    expect((await patch({ priority: 'low', owner: 'me' })).status).toBe(400);
    expect((await patch({ priority: 'low' }, otherToken)).status).toBe(404);
    const unchanged = API_V1.conversation.response.parse(
      await (await get(`/api/v1/conversations/${conversationId}`)).json(),
    );
    expect(unchanged.priority).toBe('urgent');
    expect((await patch({ priority: 'normal' })).status).toBe(200);
  });

  it('names a bad query parameter and what it expects', async () => {
    const res = await get('/api/v1/conversations?limit=0&status=closed');
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as {
      error: { message: string; issues: { path: string }[] };
    };
    expect(error.issues.map((i) => i.path).sort()).toEqual(['limit', 'status']);
  });

  it('publishes an OpenAPI 3.1 document generated from the route schemas', async () => {
    const doc = (await (await t.fetch('/api/openapi.json')).json()) as {
      openapi: string;
      paths: Record<
        string,
        Record<string, { parameters: { name: string }[]; responses: Record<string, unknown> }>
      >;
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/conversations',
        '/api/v1/conversations/{id}/messages',
        '/api/v1/contacts/{id}',
      ]),
    );
    expect(Object.keys(doc.paths['/api/v1/conversations/{id}']!).sort()).toEqual(['get', 'patch']);
    const list = doc.paths['/api/v1/conversations']!.get!;
    expect(list.parameters.map((p) => p.name)).toEqual(['limit', 'before', 'status']);
    expect(JSON.stringify(list.responses['200'])).toContain('"topic"');
  });
});

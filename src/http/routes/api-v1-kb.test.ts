import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../core/tokens/api-tokens.js';
import { seedWorkspace } from '../../../test/seed.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { API_V1 } from './api-v1-spec.js';

let t: TestApp;
let token: string;
let key: string;
let otherToken: string;
let otherKey: string;

const LINES = [
  {
    id: 'ship-intl',
    title: 'International shipping',
    content: 'We ship to 40 countries. International orders arrive within ten days.',
    category: 'Shipping',
    url: 'https://shop.test/help/intl',
  },
  { id: 'returns', title: 'Returns', content: 'Return unworn items within 30 days for a refund.' },
];
const jsonl = LINES.map((l) => JSON.stringify(l)).join('\n');

beforeAll(async () => {
  t = await createTestApp();
  const ws = await seedWorkspace(t.core);
  const other = await seedWorkspace(t.core);
  key = ws.public_key;
  otherKey = other.public_key;
  token = (await createApiToken(t.core, { workspaceId: ws.id, name: 'cms', createdBy: null }))
    .token;
  otherToken = (await createApiToken(t.core, { workspaceId: other.id, name: 'x', createdBy: null }))
    .token;
});
afterAll(() => t.close());

const send = (path: string, init: RequestInit & { bearer?: string } = {}) =>
  t.fetch(path, {
    ...init,
    headers: {
      ...(init.bearer ? { authorization: `Bearer ${init.bearer}` } : {}),
      ...(init.headers as Record<string, string>),
    },
  });
const importLines = (body: string, bearer = token) =>
  send('/api/v1/kb/import', {
    method: 'POST',
    body,
    bearer,
    headers: { 'content-type': 'application/x-ndjson' },
  });
const ask = (body: unknown, bearer?: string) =>
  send('/api/v1/answers', {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', origin: 'https://shop.test' },
    ...(bearer ? { bearer } : {}),
  });

describe('the knowledge-base API', () => {
  it('imports JSON Lines with a token, idempotently, and lists the articles', async () => {
    const first = await importLines(jsonl);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ created: 2, updated: 0, unchanged: 0, errors: [] });
    expect(await (await importLines(jsonl)).json()).toMatchObject({ unchanged: 2 });
    const list = API_V1.kbArticles.response.parse(
      await (await send('/api/v1/kb/articles?limit=10', { bearer: token })).json(),
    );
    expect(list.articles.map((a) => a.externalId).sort()).toEqual(['returns', 'ship-intl']);
    const one = await send(`/api/v1/kb/articles/${list.articles[0]!.id}`, { bearer: token });
    API_V1.kbArticle.response.parse(await one.json());
    const theirs = await send(`/api/v1/kb/articles/${list.articles[0]!.id}`, {
      bearer: otherToken,
    });
    expect(theirs.status).toBe(404);
  });

  it('reports bad lines by number and imports the rest; refuses an import with no good line', async () => {
    const partial = await importLines(`${JSON.stringify(LINES[0])}\n{"id": "x"}\nnope`);
    expect(partial.status).toBe(200);
    expect(await partial.json()).toMatchObject({
      unchanged: 1,
      errors: [
        { line: 2, id: 'x', message: 'title is missing; content is missing' },
        { line: 3, message: expect.stringMatching(/^Not valid JSON/) },
      ],
    });
    const none = await importLines('{"id": 1}');
    expect(none.status).toBe(400);
    const { error } = (await none.json()) as { error: { code: string; issues: unknown[] } };
    expect(error).toMatchObject({ code: 'invalid_input', issues: [{ path: 'line 1' }] });
    expect((await importLines('   ')).status).toBe(400);
    expect((await importLines(jsonl, 'parley_nope')).status).toBe(401);
  });

  it('answers with a widget key from any site, with citations and CORS', async () => {
    const res = await ask({ question: 'How long do international orders take?', workspace: key });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const answer = API_V1.answers.response.parse(await res.json());
    expect(answer).toMatchObject({
      declined: false,
      answer: expect.stringContaining('International orders arrive within ten days'),
      citations: [
        { title: 'International shipping', url: 'https://shop.test/help/intl', score: 1 },
      ],
    });
    expect(Object.keys(answer).sort()).toEqual(['answer', 'citations', 'confidence', 'declined']);
    const preflight = await t.fetch('/api/v1/answers', {
      method: 'OPTIONS',
      headers: { origin: 'https://shop.test', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('declines what the articles do not cover, the same with a token', async () => {
    const res = await ask({ question: 'What is the capital of Australia?' }, token);
    expect(await res.json()).toEqual({
      answer: null,
      declined: true,
      confidence: expect.any(Number),
      citations: [],
    });
  });

  it('needs a key or a token, and a token only answers for its own workspace', async () => {
    expect((await ask({ question: 'returns?' })).status).toBe(401);
    expect((await ask({ question: 'returns?', workspace: 'pk_unknown' })).status).toBe(404);
    expect((await ask({ question: 'returns?', workspace: key }, otherToken)).status).toBe(404);
    const theirs = await ask({ question: 'How do returns work?', workspace: otherKey });
    expect(await theirs.json()).toMatchObject({ declined: true });
    const bad = await ask({ question: '', workspace: key });
    expect(bad.status).toBe(400);
  });

  it('searches with typos, by widget key or token', async () => {
    const res = await send(`/api/v1/kb/search?q=internatonal+shiping&workspace=${key}`);
    const { hits } = API_V1.kbSearch.response.parse(await res.json());
    expect(hits.map((h) => h.title)).toEqual(['International shipping']);
    const viaToken = await send('/api/v1/kb/search?q=refund', { bearer: token });
    expect(((await viaToken.json()) as { hits: { title: string }[] }).hits[0]!.title).toBe(
      'Returns',
    );
  });

  it('documents the knowledge-base routes in OpenAPI, request bodies included', async () => {
    const doc = (await (await t.fetch('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, { requestBody?: { content: Record<string, unknown> } }>>;
    };
    expect(Object.keys(doc.paths['/api/v1/kb/import']!.post!.requestBody!.content)).toEqual([
      'application/x-ndjson',
    ]);
    expect(JSON.stringify(doc.paths['/api/v1/answers']!.post!.requestBody)).toContain('question');
    expect(doc.paths['/api/v1/kb/search']!.get).toBeDefined();
  });
});

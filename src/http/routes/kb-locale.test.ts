import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '../../../test/test-db.js';
import { loadConfig } from '../../config.js';
import { importArticles } from '../../core/kb/import-articles.js';
import { startServer, type RunningServer } from '../../server.js';
import type { Answer, KbSearchHit } from '../../shared/schemas/kb.js';

let server: RunningServer;
const localeOf = new Map<string, string>();

// The demo shop's ten English articles make English its main language; a few translations.
const TRANSLATIONS = [
  {
    id: 'pt/envio',
    title: 'Prazos e custos de envio',
    content: 'O envio custa 4,90 euros na Alemanha. As encomendas chegam em dois dias úteis.',
    locale: 'pt',
  },
  {
    id: 'br/frete',
    title: 'Frete para o Brasil',
    content: 'Ainda não fazemos frete para o Brasil. Avisaremos quando for possível.',
    locale: 'pt-BR',
  },
  {
    id: 'de/versand',
    title: 'Versandkosten',
    content: 'Der Versand innerhalb Deutschlands kostet 4,90 Euro.',
    locale: 'de',
  },
];

beforeAll(async () => {
  const db = await openTestDb();
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' });
  server = await startServer(config, { assetsDir: 'dist', db, presenceGraceMs: 0 });
  const core = { db, now: () => new Date(), sessionTtlMs: 0 };
  await importArticles(core, {
    workspaceId: server.demo!.workspace.id,
    source: { kind: 'jsonl', text: TRANSLATIONS.map((a) => JSON.stringify(a)).join('\n') },
    editor: { userId: null, label: 'translations' },
  });
  const rows = await db.query<{ id: string; locale: string }>(
    'select id, locale from kb_articles where workspace_id = $1',
    [server.demo!.workspace.id],
  );
  for (const r of rows) localeOf.set(r.id, r.locale);
});
afterAll(() => server.close());

const key = () => server.demo!.workspace.public_key;

async function search(q: string, locale?: string) {
  const params = new URLSearchParams({ workspace: key(), q, ...(locale ? { locale } : {}) });
  const res = await fetch(`${server.url}/api/v1/kb/search?${params}`);
  return ((await res.json()) as { hits: KbSearchHit[] }).hits;
}

async function ask(question: string, locale?: string) {
  const res = await fetch(`${server.url}/api/v1/answers`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ question, workspace: key(), ...(locale ? { locale } : {}) }),
  });
  return (await res.json()) as Answer;
}

const languages = (ids: string[]) => [...new Set(ids.map((id) => localeOf.get(id)))];

describe('search and answers in the reader’s language', () => {
  it('searches pt-BR first, then pt, then the main language, one language per result list', async () => {
    expect((await search('frete', 'pt-BR')).map((h) => h.title)).toEqual(['Frete para o Brasil']);
    expect((await search('envio encomendas', 'pt-BR')).map((h) => h.title)).toEqual([
      'Prazos e custos de envio',
    ]);
    expect((await search('envio', 'pt-PT')).map((h) => h.title)).toEqual([
      'Prazos e custos de envio',
    ]);
    expect((await search('versand', 'de-AT')).map((h) => h.title)).toEqual(['Versandkosten']);
    const french = await search('shipping costs', 'fr-FR');
    expect(french[0]!.title).toBe('Shipping times and costs');
    expect(languages(french.map((h) => h.articleId))).toEqual(['en']);
  });

  it("without a language, search stays in the workspace's main language", async () => {
    expect(await search('envio')).toEqual([]);
    expect((await search('shipping costs'))[0]!.title).toBe('Shipping times and costs');
  });

  it('answers in the reader’s language, falls back to the main one, and never mixes them', async () => {
    const pt = await ask('Quanto custa o envio?', 'pt-BR');
    expect(pt.declined).toBe(false);
    expect(pt.citations.map((c) => c.title)).toEqual(['Prazos e custos de envio']);
    expect(pt.answer).toContain('4,90 euros');
    const english = await ask('How much does shipping cost?', 'pt-BR');
    expect(english.declined).toBe(false);
    expect(languages(english.citations.map((c) => c.articleId))).toEqual(['en']);
  });

  it('the help center searches in ?lang= or the browser’s Accept-Language', async () => {
    const page = async (query: string, headers: Record<string, string> = {}) =>
      (await fetch(`${server.url}/help/${key()}/search?${query}`, { headers })).text();
    expect(await page('q=envio&lang=pt')).toContain('/articles/prazos-e-custos-de-envio');
    const browser = { 'accept-language': 'pt-BR,pt;q=0.9,en;q=0.5' };
    expect(await page('q=frete', browser)).toContain('/articles/frete-para-o-brasil');
    expect(await page('q=envio')).not.toContain('/articles/prazos-e-custos-de-envio');
  });

  it('the widget’s assistant answers from articles in the language the widget reported', async () => {
    const session = (await (
      await fetch(`${server.url}/api/widget/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ workspace: key() }),
      })
    ).json()) as { visitorToken: string };
    const conversationId = randomUUID();
    const started = await fetch(`${server.url}/api/widget/conversations`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-parley-key': key(),
        authorization: `Visitor ${session.visitorToken}`,
      },
      body: JSON.stringify({
        conversationId,
        topic: 'question',
        clientId: randomUUID(),
        body: 'Quanto custa o envio?',
        locale: 'pt-BR',
      }),
    });
    expect(started.status).toBe(201);
    const cited = async () =>
      (
        await server.db.query<{ meta: { citations?: { title: string }[] } }>(
          `select meta from messages where conversation_id = $1 and author_type = 'bot'`,
          [conversationId],
        )
      )[0]?.meta.citations?.map((c) => c.title);
    await expect.poll(cited, { timeout: 10_000 }).toEqual(['Prazos e custos de envio']);
  });
});

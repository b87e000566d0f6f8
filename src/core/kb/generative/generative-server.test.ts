import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCustomer } from '../../../../test/chat-client.js';
import { openTestDb } from '../../../../test/test-db.js';
import { ConfigError, loadConfig } from '../../../config.js';
import { startServer, type RunningServer } from '../../../server.js';
import { startFakeChatServer, type FakeChatServer } from './fake-chat-server.test-support.js';

const API_KEY = 'sk-e2e-never-logged-1717';
const SHIPPING = 'How much does shipping cost?';

function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  throw new Error('expected a ConfigError');
}

describe('generative answers configuration', () => {
  it('is off by default, with a 15 s timeout ready for when it is turned on', () => {
    const config = loadConfig({});
    expect(config.LLM_BASE_URL).toBeUndefined();
    expect(config.LLM_MODEL).toBeUndefined();
    expect(config.LLM_TIMEOUT_MS).toBe(15000);
  });

  it('refuses half of the base URL / model pair, naming the missing half', () => {
    expect(configError({ LLM_BASE_URL: 'http://localhost:11434/v1' }).problems).toEqual([
      'LLM_MODEL=(missing) is not valid: expected a model name too, since LLM_BASE_URL is set (or unset LLM_BASE_URL to stay off)',
    ]);
    expect(configError({ LLM_MODEL: 'llama3.1' }).problems).toEqual([
      'LLM_BASE_URL=(missing) is not valid: expected an API base URL too, since LLM_MODEL is set (or unset LLM_MODEL to stay off)',
    ]);
  });

  it('lists a half-set pair together with other bad variables, and never prints the API key', () => {
    const error = configError({
      PORT: 'eighty',
      LLM_MODEL: 'llama3.1',
      LLM_API_KEY: API_KEY,
      LLM_TIMEOUT_MS: 'soon',
    });
    expect(error.problems.map((p) => p.split('=')[0])).toEqual([
      'PORT',
      'LLM_TIMEOUT_MS',
      'LLM_BASE_URL',
    ]);
    expect(error.message).not.toContain(API_KEY);
    expect(configError({ LLM_BASE_URL: 'ftp://models', LLM_MODEL: 'm' }).message).toMatch(
      /LLM_BASE_URL="ftp:\/\/models" is not valid: expected the http\(s\) base/,
    );
  });
});

describe('generative answers in the running server', () => {
  let fake: FakeChatServer;
  let server: RunningServer;
  const logged: string[] = [];
  const key = () => server.demo!.workspace.public_key;
  const ask = async (question: string) => {
    const res = await fetch(`${server.url}/api/v1/answers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question, workspace: key() }),
    });
    expect(res.status).toBe(200);
    return (await res.json()) as Record<string, unknown>;
  };

  beforeAll(async () => {
    fake = await startFakeChatServer();
    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      LLM_BASE_URL: fake.baseUrl,
      LLM_MODEL: 'test-model',
      LLM_API_KEY: API_KEY,
    });
    const stream = new Writable({
      write(chunk, _enc, done) {
        logged.push(String(chunk));
        done();
      },
    });
    const log = pino({ level: 'info' }, stream);
    server = await startServer(config, { assetsDir: 'dist', db: await openTestDb(), log });
  });
  afterAll(async () => {
    await server.close();
    await fake.close();
  });

  it('answers POST /api/v1/answers in the model’s words, citing the article it used', async () => {
    fake.reply({ content: 'Shipping within Germany costs €4.90, free from €60 [1].' });
    const body = await ask(SHIPPING);
    expect(body).toEqual({
      answer: 'Shipping within Germany costs €4.90, free from €60 [1].',
      declined: false,
      confidence: expect.any(Number),
      citations: [expect.objectContaining({ title: 'Shipping times and costs', score: 1 })],
    });
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]!.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(fake.requests[0]!.body.messages[1]!.content).toContain(`Question: ${SHIPPING}`);
  });

  it('declines through the API when the model server fails, and logs that without the key', async () => {
    fake.reply({ status: 500 });
    expect(await ask(SHIPPING)).toMatchObject({ declined: true, answer: null, citations: [] });
    const warning = logged.find((l) => l.includes('the model server failed'));
    expect(warning).toContain('"problem":"HTTP 500"');
    expect(logged.join('')).not.toContain(API_KEY);
  });

  it('does not ask the model about what the articles do not cover', async () => {
    const before = fake.requests.length;
    expect(await ask('What is the capital of Peru?')).toMatchObject({ declined: true });
    expect(fake.requests).toHaveLength(before);
  });

  it('lets the widget’s virtual agent answer with the model’s words and citations', async () => {
    fake.reply({ content: 'It costs €4.90 in Germany [1].' });
    const { conversationId } = await openCustomer(server.url, key(), SHIPPING, 'question');
    const botReply = () =>
      server.db.query<{ body: string; meta: { citations: { title: string }[] } }>(
        `select body, meta from messages where conversation_id = $1 and author_type = 'bot'`,
        [conversationId],
      );
    await expect.poll(async () => (await botReply()).length, { timeout: 10_000 }).toBe(1);
    const rows = await botReply();
    expect(rows[0]!.body).toBe('It costs €4.90 in Germany [1].');
    expect(rows[0]!.meta.citations.map((c) => c.title)).toEqual(['Shipping times and costs']);
  });
});

describe('the running server without a model server', () => {
  it('answers from the articles and sends nothing anywhere', async () => {
    const fake = await startFakeChatServer();
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' });
    const server = await startServer(config, { assetsDir: 'dist', db: await openTestDb() });
    try {
      const res = await fetch(`${server.url}/api/v1/answers`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ question: SHIPPING, workspace: server.demo!.workspace.public_key }),
      });
      const body = (await res.json()) as { answer: string; declined: boolean };
      expect(body.declined).toBe(false);
      expect(body.answer).toContain('€4.90');
      expect(fake.requests).toEqual([]);
    } finally {
      await server.close();
      await fake.close();
    }
  });
});

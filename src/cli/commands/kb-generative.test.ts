import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startFakeChatServer } from '../../core/kb/generative/fake-chat-server.test-support.js';
import { runCli } from '../run-cli.js';

const API_KEY = 'sk-e2e-never-logged-1717';
const SHIPPING = 'How much does shipping cost?';

describe('parley kb ask with a model server', () => {
  it('prints the model’s cited answer, and a decline with the reason on stderr when it fails', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parley-kb-ask-'));
    const fake = await startFakeChatServer();
    const env = {
      DATABASE_URL: `file://${path.join(dir, 'data')}`,
      LLM_BASE_URL: fake.baseUrl,
      LLM_MODEL: 'test-model',
      LLM_API_KEY: API_KEY,
    };
    const cli = async (...argv: string[]) => {
      const out: string[] = [];
      const err: string[] = [];
      const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l) };
      const code = await runCli(argv, env, { ...io, assetsDir: 'dist' });
      return { code, out: out.join('\n'), err: err.join('\n') };
    };
    try {
      const key = /key (\S+)\)/.exec((await cli('seed', 'demo')).out)![1]!;
      fake.reply({ content: 'From €4.90 in Germany [1].' });
      const answered = await cli('kb', 'ask', SHIPPING, '--workspace', key);
      expect(answered.code).toBe(0);
      expect(JSON.parse(answered.out)).toMatchObject({
        answer: 'From €4.90 in Germany [1].',
        citations: [{ title: 'Shipping times and costs' }],
      });
      fake.reply({ status: 503 });
      const failed = await cli('kb', 'ask', SHIPPING, '--workspace', key);
      expect(JSON.parse(failed.out)).toMatchObject({ declined: true, answer: null });
      expect(failed.err).toBe('The model server failed: HTTP 503');
      expect(fake.requests).toHaveLength(2);
    } finally {
      await fake.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

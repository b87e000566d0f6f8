import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { abcdToJsonLines, readGuidelines } from '../../../scripts/abcd-to-jsonl.mjs';
import { runCli } from '../run-cli.js';

// The CLI acts on DATABASE_URL like the server: an embedded data directory here.
const dir = mkdtempSync(path.join(tmpdir(), 'parley-cli-kb-'));
const env = { DATABASE_URL: `file://${path.join(dir, 'data')}` };
let key: string;

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, env, {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    assetsDir: 'dist',
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeAll(async () => {
  key = (
    JSON.parse((await cli('workspace', 'create', 'Acme Clothing', '--json')).out) as {
      publicKey: string;
    }
  ).publicKey;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parley kb', () => {
  it('imports the ABCD guidelines as JSON Lines, and again without changing anything', async () => {
    const file = path.join(dir, 'abcd.jsonl');
    writeFileSync(file, abcdToJsonLines(readGuidelines()));
    const first = await cli('kb', 'import', file, '--workspace', key);
    expect(first).toMatchObject({
      code: 0,
      out: `Imported into ${key}: 55 created, 0 updated, 0 unchanged.`,
    });
    const again = await cli('kb', 'import', file, '--workspace', key, '--json');
    expect(JSON.parse(again.out)).toEqual({ created: 0, updated: 0, unchanged: 55, errors: [] });
  });

  it('imports a folder of Markdown, reporting a bad file and exiting 1 while importing the rest', async () => {
    const folder = path.join(dir, 'articles');
    mkdirSync(path.join(folder, 'care'), { recursive: true });
    mkdirSync(path.join(folder, '.git'), { recursive: true });
    writeFileSync(path.join(folder, 'care', 'velvet.md'), '# Velvet care\n\nSteam, never iron.\n');
    writeFileSync(path.join(folder, 'bad.md'), '---\ntitle: x\n  deep: y\n---\n');
    writeFileSync(path.join(folder, '.git', 'HEAD.md'), 'ignored');
    writeFileSync(path.join(folder, 'notes.txt'), 'ignored');
    const res = await cli('kb', 'import', folder, '--workspace', key);
    expect(res.code).toBe(1);
    expect(res.out).toBe(`Imported into ${key}: 1 created, 0 updated, 0 unchanged, 1 skipped.`);
    expect(res.err).toMatch(/^bad\.md, line 3: Nested or indented values/);
  });

  it('answers a store question with citations and declines an unrelated one, as JSON', async () => {
    const answered = await cli(
      'kb',
      'ask',
      'Can I get overnight shipping on my order?',
      '--workspace',
      key,
    );
    expect(answered.code).toBe(0);
    expect(JSON.parse(answered.out)).toMatchObject({
      declined: false,
      answer: expect.stringMatching(/overnight shipping/),
      citations: [{ title: 'Manage Upgrade', score: 1 }],
    });
    const declined = await cli('kb', 'ask', 'what is the weather like in Oslo', '--workspace', key);
    expect(JSON.parse(declined.out)).toMatchObject({ declined: true, answer: null, citations: [] });
  });

  it('exports JSON Lines and Markdown that import back unchanged', async () => {
    const exported = await cli('kb', 'export', '--workspace', key);
    const lines = exported.out.split('\n').map((l) => JSON.parse(l) as { id: string });
    expect(lines).toHaveLength(56);
    expect(lines.map((l) => l.id)).toContain('abcd/account-access/recover-username');
    const md = path.join(dir, 'export-md');
    expect(
      (await cli('kb', 'export', '--workspace', key, '--format', 'md', '--out', md)).code,
    ).toBe(0);
    expect(readdirSync(md)).toHaveLength(56);
    expect(readFileSync(path.join(md, 'care-velvet.md'), 'utf8')).toBe(
      '---\nid: "care/velvet"\ntitle: "Velvet care"\nstatus: published\nlocale: en\n---\n\nSteam, never iron.\n',
    );
    const again = await cli('kb', 'import', md, '--workspace', key, '--json');
    expect(JSON.parse(again.out)).toMatchObject({ created: 0, updated: 0, unchanged: 56 });
  });

  it('says what is wrong with a missing path, an unknown workspace or a bad format', async () => {
    expect(await cli('kb', 'import', path.join(dir, 'nope'), '--workspace', key)).toMatchObject({
      code: 2,
      err: expect.stringMatching(/does not exist/),
    });
    expect(await cli('kb', 'ask', 'hi', '--workspace', 'pk_nope')).toMatchObject({
      code: 1,
      err: 'Workspace pk_nope not found.',
    });
    expect(await cli('kb', 'export', '--workspace', key, '--format', 'md')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/--format md needs --out DIR/),
    });
  });
  it('answers in the language asked for with --locale and refuses a tag that is not a language', async () => {
    const file = path.join(dir, 'de.jsonl');
    const article = {
      id: 'de/versand',
      title: 'Versandkosten und Lieferzeit',
      content: 'Der Versand innerhalb Deutschlands kostet 4,90 Euro und dauert zwei Werktage.',
      locale: 'de',
    };
    writeFileSync(file, JSON.stringify(article) + '\n');
    expect((await cli('kb', 'import', file, '--workspace', key)).code).toBe(0);
    const asked = await cli(
      'kb',
      'ask',
      'Was kostet der Versand?',
      '--workspace',
      key,
      '--locale',
      'de-AT',
    );
    expect(asked.code).toBe(0);
    expect(JSON.parse(asked.out)).toMatchObject({
      declined: false,
      citations: [{ title: 'Versandkosten und Lieferzeit' }],
    });
    expect(await cli('kb', 'ask', 'hi', '--workspace', key, '--locale', 'not a tag')).toMatchObject(
      {
        code: 2,
        err: expect.stringMatching(/--locale is a language tag/),
      },
    );
  });
});

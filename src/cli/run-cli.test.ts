import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

// The CLI acts on DATABASE_URL like the server: an embedded data directory here.
const dir = mkdtempSync(path.join(tmpdir(), 'parley-cli-'));
const env = { DATABASE_URL: `file://${dir}`, PORT: '3999' };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

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

describe('the parley CLI', () => {
  it('creates a workspace and lists it with its public key, as text and as JSON', async () => {
    const created = await cli('workspace', 'create', 'Brew Supply Co', '--json');
    expect(created.code).toBe(0);
    const ws = JSON.parse(created.out) as { id: string; publicKey: string };
    expect(ws.publicKey).toMatch(/^pk_/);
    const listed = await cli('workspace', 'list', '--json');
    expect(JSON.parse(listed.out)).toContainEqual(
      expect.objectContaining({ name: 'Brew Supply Co', publicKey: ws.publicKey }),
    );
    expect((await cli('workspace', 'list')).out).toContain(`${ws.publicKey}  Brew Supply Co`);
  });

  it('adds a user with a one-time link and resets a password with a new one', async () => {
    const ws = JSON.parse((await cli('workspace', 'create', 'Malt House', '--json')).out) as {
      publicKey: string;
    };
    const user = await cli(
      'user',
      'create',
      '--workspace',
      ws.publicKey,
      '--email',
      'ana@malt.test',
      '--name',
      'Ana',
      '--role',
      'admin',
      '--json',
    );
    expect(user.code).toBe(0);
    expect(JSON.parse(user.out)).toMatchObject({
      email: 'ana@malt.test',
      role: 'admin',
      loginUrl: expect.stringMatching(/^http:\/\/localhost:3999\/console\/#link=/),
    });
    const reset = await cli('user', 'reset-password', '--email', 'ana@malt.test');
    expect(reset.code).toBe(0);
    expect(reset.out).toMatch(
      /One-time sign-in link \(24 h\): http:\/\/localhost:3999\/console\/#link=/,
    );
  });

  it('seeds the demo once and says so the second time', async () => {
    const first = await cli('seed', 'demo');
    expect(first.out).toMatch(/Created "Hopfield Homebrew"/);
    const second = await cli('seed', 'demo');
    expect(second.out).toMatch(/already exists; nothing changed/);
  });

  it('reports an up-to-date database on a second migrate', async () => {
    expect((await cli('migrate')).out).toBe('The database is up to date.');
  });

  it('prints help and exits non-zero on an unknown command or a bad flag', async () => {
    const unknown = await cli('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/Unknown command: frobnicate[\s\S]*Usage: parley COMMAND/);
    const badFlag = await cli('workspace', 'list', '--colour');
    expect(badFlag.code).toBe(2);
    expect(badFlag.err).toMatch(/--colour[\s\S]*Usage: parley workspace list/);
    const missing = await cli('user', 'create', '--email', 'x@y.test');
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/--workspace is required/);
  });

  it('says which workspace it could not find', async () => {
    const res = await cli('token', 'create', '--workspace', 'pk_nope', '--name', 'ci');
    expect(res.code).toBe(1);
    expect(res.err).toBe('Workspace pk_nope not found.');
  });

  it('refuses a bad configuration value by name before touching anything', async () => {
    const out: string[] = [];
    const code = await runCli(
      ['migrate'],
      { DATABASE_URL: 'mysql://db' },
      { out: (l) => out.push(l), err: (l) => out.push(l), assetsDir: 'dist' },
    );
    expect(code).toBe(78);
    expect(out.join('\n')).toMatch(/DATABASE_URL="mysql:\/\/db" is not valid/);
  });

  it('shows help with exit code 0 when asked', async () => {
    const res = await cli('help');
    expect(res.code).toBe(0);
    for (const words of [
      'start',
      'migrate',
      'seed demo',
      'workspace create',
      'workspace list',
      'user create',
      'user reset-password',
    ]) {
      expect(res.out).toContain(words);
    }
  });
});

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { startServer } from './server.js';

const dir = mkdtempSync(path.join(tmpdir(), 'parley-server-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const config = loadConfig({
  DATABASE_URL: `file://${dir}`,
  PORT: '0',
  HOST: '127.0.0.1',
  LOG_LEVEL: 'info',
});

function captureLog() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { log: pino({ level: 'info' }, stream), lines };
}

describe('the server on an embedded data directory', () => {
  it('seeds the demo on first start only, serves the shop and the console, and logs no secrets', async () => {
    const { log, lines } = captureLog();
    const first = await startServer(config, { assetsDir: path.resolve('dist'), log });
    try {
      expect(first.demo?.workspace.name).toBe('Hopfield Homebrew');
      const shop = await fetch(`${first.url}/`);
      expect(shop.status).toBe(200);
      expect(await shop.text()).toContain('West Coast IPA Recipe Kit');
      expect((await fetch(`${first.url}/console`)).status).toBe(200);
      expect(await (await fetch(`${first.url}/readyz`)).json()).toEqual({
        status: 'ready',
        database: 'pglite',
      });
      const link = await fetch(`${first.url}/api/console/auth/link`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token: first.demo!.ownerLoginToken }),
      });
      expect(link.status).toBe(200);
      await fetch(`${first.url}/api/console/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'owner@hopfield.example', password: 'secret-password-123' }),
      });
    } finally {
      await first.close();
    }
    const logged = lines.join('');
    expect(logged).toContain('"path":"/api/console/auth/link"');
    expect(logged).not.toContain(first.demo!.ownerLoginToken);
    expect(logged).not.toContain('secret-password-123');

    const second = await startServer(config, {
      assetsDir: path.resolve('dist'),
      log: pino({ level: 'silent' }),
    });
    try {
      expect(second.demo).toBeUndefined();
      const rows = await second.db.query<{ n: number }>(
        'select count(*)::int as n from workspaces',
      );
      expect(rows[0]!.n).toBe(1);
    } finally {
      await second.close();
    }
  });

  it('stops on SIGTERM within the deadline with exit code 0', async () => {
    const child = spawn(process.execPath, ['bin/parley.js', 'start'], {
      env: {
        ...process.env,
        DATABASE_URL: 'memory://',
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += String(chunk);
        const match = output.match(/Parley is running: (http:\/\/\S+)/);
        if (match) resolve(match[1]!);
      });
      child.once('exit', () => reject(new Error(`exited early: ${output}`)));
    });
    expect(output).toMatch(/First start: created the demo workspace "Hopfield Homebrew"/);
    expect(output).toMatch(/console\/#link=/);
    const started = Date.now();
    // A kept-alive connection that just finished a request must not hold the shutdown up.
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    child.kill('SIGTERM');
    const exit = await new Promise<[number | null, string | null]>((resolve) =>
      child.once('exit', (code, signal) => resolve([code, signal])),
    );
    expect({ exit, output }).toEqual({ exit: [0, null], output: expect.any(String) });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(output).toContain('parley stopped');
  });
});

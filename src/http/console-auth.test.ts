import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueLoginLink } from '../core/auth/issue-login-link.js';
import { LOCKOUT_MS, MAX_FAILED_LOGINS } from '../core/auth/log-in.js';
import { seedMember, seedWorkspace } from '../../test/seed.js';
import { ConsoleClient, createTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function person(options: Parameters<typeof seedMember>[2] = {}) {
  const ws = await seedWorkspace(t.core);
  return { ws, ...(await seedMember(t.core, ws.id, options)) };
}

const errorOf = async (res: Response) =>
  ((await res.json()) as { error: { code: string; message: string } }).error;

describe('signing in to the console', () => {
  it('a person with the right password gets an httpOnly, SameSite session cookie and a CSRF token', async () => {
    const p = await person();
    const res = await new ConsoleClient(t).logIn(p.email, p.password!);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/parley_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const body = (await res.json()) as {
      user: { email: string };
      workspace: { id: string };
      csrfToken: string;
    };
    expect(body.user.email).toBe(p.email);
    expect(body.workspace.id).toBe(p.ws.id);
    expect(body.csrfToken.length).toBeGreaterThan(20);
  });

  it('a wrong password is refused with a clear message and no cookie', async () => {
    const p = await person();
    const res = await new ConsoleClient(t).post('/api/console/auth/login', {
      email: p.email,
      password: 'nope',
    });
    expect(res.status).toBe(401);
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(await errorOf(res)).toEqual({
      code: 'invalid_credentials',
      message: expect.stringContaining('email and password do not match'),
    });
  });

  it('an unknown email gets the same answer as a wrong password', async () => {
    const res = await new ConsoleClient(t).post('/api/console/auth/login', {
      email: 'nobody@example.test',
      password: 'whatever-it-is',
    });
    expect(res.status).toBe(401);
    expect((await errorOf(res)).code).toBe('invalid_credentials');
  });

  it('a malformed sign-in names the fields to fix', async () => {
    const res = await new ConsoleClient(t).post('/api/console/auth/login', {
      email: 'not-an-email',
    });
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/email/);
    expect(error.message).toMatch(/password/);
  });

  it('locks an account after five wrong passwords, even against the right one, until the lock expires', async () => {
    const p = await person();
    const client = new ConsoleClient(t);
    for (let i = 1; i < MAX_FAILED_LOGINS; i++) {
      const res = await client.post('/api/console/auth/login', {
        email: p.email,
        password: `wrong-${i}`,
      });
      expect(res.status).toBe(401);
    }
    const last = await client.post('/api/console/auth/login', {
      email: p.email,
      password: 'wrong-last',
    });
    expect(last.status).toBe(429);
    expect(Number(last.headers.get('retry-after'))).toBeGreaterThan(800);
    const locked = await client.post('/api/console/auth/login', {
      email: p.email,
      password: p.password,
    });
    expect(locked.status).toBe(429);
    expect(await errorOf(locked)).toEqual({
      code: 'locked',
      message: expect.stringMatching(/locked for 15 more minutes/),
      retryAfterSeconds: 900,
    });
    t.advance(LOCKOUT_MS + 1000);
    expect(
      (await client.post('/api/console/auth/login', { email: p.email, password: p.password }))
        .status,
    ).toBe(200);
  });
});

describe('console sessions', () => {
  it('an expired session is refused and says so', async () => {
    const p = await person();
    const client = new ConsoleClient(t);
    await client.logIn(p.email, p.password!);
    expect((await client.get('/api/console/members')).status).toBe(200);
    t.advance(t.core.sessionTtlMs + 1000);
    const res = await client.get('/api/console/members');
    expect(res.status).toBe(401);
    expect(await errorOf(res)).toEqual({
      code: 'session_expired',
      message: 'Your session has expired. Sign in again.',
    });
  });

  it('a request without a session is asked to sign in', async () => {
    const res = await new ConsoleClient(t).get('/api/console/members');
    expect(res.status).toBe(401);
    expect((await errorOf(res)).code).toBe('unauthenticated');
  });

  it('a cookie-authenticated write without the CSRF token is refused', async () => {
    const p = await person({ role: 'owner' });
    const client = new ConsoleClient(t);
    await client.logIn(p.email, p.password!);
    const csrf = client.csrf;
    client.csrf = '';
    const missing = await client.post('/api/console/tokens', { name: 'ci' });
    expect(missing.status).toBe(403);
    expect(await errorOf(missing)).toEqual({
      code: 'csrf_failed',
      message: expect.stringContaining('X-CSRF-Token'),
    });
    client.csrf = 'forged';
    expect((await client.post('/api/console/tokens', { name: 'ci' })).status).toBe(403);
    client.csrf = csrf;
    expect((await client.post('/api/console/tokens', { name: 'ci' })).status).toBe(201);
  });

  it('a sign-in posted from another site is refused', async () => {
    const p = await person();
    const res = await new ConsoleClient(t).send(
      'POST',
      '/api/console/auth/login',
      { email: p.email, password: p.password },
      { origin: 'https://evil.example' },
    );
    expect(res.status).toBe(403);
    expect((await errorOf(res)).code).toBe('csrf_failed');
  });

  it('signing out ends the session on the server, not just in the browser', async () => {
    const p = await person();
    const client = new ConsoleClient(t);
    await client.logIn(p.email, p.password!);
    const cookie = client.cookie;
    expect((await client.post('/api/console/auth/logout')).status).toBe(204);
    client.cookie = cookie;
    expect((await client.get('/api/console/members')).status).toBe(401);
  });
});

describe('one-time sign-in links', () => {
  it('work exactly once, and the person then chooses a password', async () => {
    const p = await person({ password: null });
    const client = new ConsoleClient(t);
    const first = await client.post('/api/console/auth/link', { token: p.loginToken });
    expect(first.status).toBe(200);
    expect(((await first.json()) as { user: { hasPassword: boolean } }).user.hasPassword).toBe(
      false,
    );
    const again = await new ConsoleClient(t).post('/api/console/auth/link', {
      token: p.loginToken,
    });
    expect(again.status).toBe(401);
    expect((await errorOf(again)).message).toMatch(/already been used or has expired/);
    expect((await client.post('/api/console/auth/password', { newPassword: 'short' })).status).toBe(
      400,
    );
    expect(
      (await client.post('/api/console/auth/password', { newPassword: 'a long new password' }))
        .status,
    ).toBe(204);
    await new ConsoleClient(t).logIn(p.email, 'a long new password');
  });

  it('expire after a day', async () => {
    const p = await person({ password: null });
    const { token } = await issueLoginLink(t.core, { workspaceId: p.ws.id, userId: p.userId });
    t.advance(25 * 60 * 60 * 1000);
    expect((await new ConsoleClient(t).post('/api/console/auth/link', { token })).status).toBe(401);
  });

  it('changing an existing password requires the current one', async () => {
    const p = await person();
    const client = new ConsoleClient(t);
    await client.logIn(p.email, p.password!);
    const res = await client.post('/api/console/auth/password', {
      newPassword: 'another long password',
    });
    expect(res.status).toBe(401);
    expect((await errorOf(res)).message).toMatch(/current password is not correct/);
    const ok = await client.post('/api/console/auth/password', {
      currentPassword: p.password,
      newPassword: 'another long password',
    });
    expect(ok.status).toBe(204);
  });
});

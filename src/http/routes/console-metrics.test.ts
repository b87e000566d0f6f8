import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedMember } from '../../../test/seed.js';
import { ConsoleClient, createTestApp, type TestApp } from '../../../test/test-app.js';
import type { Role } from '../../db/queries/users.js';
import {
  customerOf,
  workspaceWithArticles,
} from '../../core/metrics/assistant-conversations.test-helpers.js';
import type { AnswerFirstMetrics } from '../../shared/schemas/metrics.js';

const PATH = '/api/console/metrics/answer-first';
let t: TestApp;
const as = {} as Record<Role, ConsoleClient>;

beforeAll(async () => {
  t = await createTestApp();
  const shop = await workspaceWithArticles(t.core);
  for (const role of ['owner', 'admin', 'agent', 'champion'] as const) {
    const m = await seedMember(t.core, shop.id, { role });
    as[role] = new ConsoleClient(t);
    await as[role].logIn(m.email, m.password!);
  }
  const customer = await customerOf(t.core, shop);
  const { conversationId, answer } = await customer.asks('How much does shipping cost?');
  await customer.rates(conversationId, answer!.seq, true);
  await customer.asks('What is the capital of Peru?');
});
afterAll(() => t.close());

const problem = async (res: Response) =>
  ((await res.json()) as { error: { code: string; message: string } }).error;

describe('GET /api/console/metrics/answer-first', () => {
  it("owners, admins and agents read their workspace's figures for the last 30 days", async () => {
    for (const role of ['owner', 'admin', 'agent'] as const) {
      const res = await as[role].get(PATH);
      expect(res.status).toBe(200);
      const m = (await res.json()) as AnswerFirstMetrics;
      expect(m.automatedResolution).toMatchObject({ assistantFirst: 2, confirmed: 1 });
      expect(m.escalation.byReason).toEqual([
        { reason: 'bot_declined', count: 1, of: 2, rate: 0.5 },
      ]);
      expect(m.answers.declined).toEqual({ count: 1, of: 2, rate: 0.5 });
      expect(Date.parse(m.period.to) - Date.parse(m.period.from)).toBe(30 * 86_400_000);
    }
  });

  it('champions are refused, whatever they ask, and strangers must sign in', async () => {
    expect((await as.champion.get(PATH)).status).toBe(403);
    const bad = await as.champion.get(`${PATH}?from=yesterday`);
    expect(bad.status).toBe(403);
    expect((await problem(bad)).message).toMatch(/owners, admins and agents/);
    expect((await t.fetch(PATH)).status).toBe(401);
  });

  it('takes a period of days or timestamps', async () => {
    const res = await as.agent.get(`${PATH}?from=2024-01-01&to=2024-01-31`);
    expect(res.status).toBe(200);
    const m = (await res.json()) as AnswerFirstMetrics;
    expect(m.period).toMatchObject({
      from: '2024-01-01T00:00:00.000Z',
      to: '2024-02-01T00:00:00.000Z',
    });
    expect(m.automatedResolution.assistantFirst).toBe(0);
    const since = encodeURIComponent(new Date(Date.now() - 3_600_000).toISOString());
    const recent = await as.agent.get(`${PATH}?from=${since}`);
    expect(((await recent.json()) as AnswerFirstMetrics).answers.total).toBe(2);
  });

  it('answers a bad period with a 400 that says what to fix', async () => {
    const cases: [string, RegExp][] = [
      ['from=yesterday', /from \(a date like 2025-03-01 or a timestamp/],
      ['to=2025-02-30', /to \(a date like/],
      ['from=2025-03-10&to=2025-03-01', /from \(must be before to\)/],
      ['from=2023-01-01&to=2025-01-01', /at most 366 days/],
      ['from=2999-01-01&to=2999-02-01', /from \(is in the future\)/],
      ['since=2025-01-01', /only from and to are understood, not since/],
    ];
    for (const [query, message] of cases) {
      const res = await as.owner.get(`${PATH}?${query}`);
      expect(res.status, query).toBe(400);
      const error = await problem(res);
      expect(error.code).toBe('invalid_input');
      expect(error.message, query).toMatch(message);
    }
  });
});

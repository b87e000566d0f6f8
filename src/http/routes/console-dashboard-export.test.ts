import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD } from '../../../test/seed.js';
import { ConsoleClient, createTestApp, type TestApp } from '../../../test/test-app.js';
import { FIXTURE_NOW, seedDashboard } from '../../core/dashboard/dashboard.test-helpers.js';
import { manualClock, seedTeam } from '../../core/surveys/surveys.test-helpers.js';

let t: TestApp;
let mine: Awaited<ReturnType<typeof seedDashboard>>;
let agent: ConsoleClient;

beforeAll(async () => {
  t = await createTestApp();
  manualClock(t, FIXTURE_NOW);
  const team = await seedTeam(t);
  mine = await seedDashboard(t.core, team.workspace.id, team.agent.id);
  const other = await seedTeam(t);
  await seedDashboard(t.core, other.workspace.id, other.agent.id);
  agent = new ConsoleClient(t);
  await agent.logIn(team.agent.email, PASSWORD);
});
afterAll(() => t.close());

async function exported(query = '') {
  const res = await agent.get(`/api/console/dashboard/export.csv${query}`);
  expect(res.status).toBe(200);
  return { res, text: await res.text() };
}

describe('the dashboard’s CSV export', () => {
  it('downloads every answer in the period, oldest first, as an attachment', async () => {
    const { res, text } = await exported();
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      'attachment; filename="feedback-2026-03-02-to-2026-03-31.csv"',
    );
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('date,kind,score,comment,contact,channel,team,conversation_id');
    // 14 answers in the period (the other workspace's are not), a header, and the final CRLF.
    expect(text.match(/\r\n(?=\d{4}-)/g)).toHaveLength(14);
    expect(lines[1]).toMatch(/^2026-03-08T23:30:00\.000Z,csat,3,/);
    const alphaNps = lines.find((l) => l.startsWith('2026-03-10T09:00:00.000Z'))!;
    expect(alphaNps).toMatch(
      new RegExp(
        `^2026-03-10T09:00:00\\.000Z,nps,10,"Delivery was quick, wonderful service",Customer-[0-9a-f]+,chat,Team alpha,${mine.places.alpha.conversationId}$`,
      ),
    );
  });

  it('quotes fields as RFC 4180 says and neutralises cells a spreadsheet would run as formulas', async () => {
    const { text } = await exported();
    expect(text).toContain(
      `2026-03-08T23:30:00.000Z,csat,3,"'=HYPERLINK(""http://evil.example"",""click me"")",,,,\r\n`,
    );
    // A comma and a line break stay inside one quoted field.
    expect(text).toContain('review,1,"Refund refused, terrible and rude,\nnever again",,,,\r\n');
  });

  it('applies the same filters as the dashboard', async () => {
    const { text } = await exported(`?team=${mine.teams.alpha}&from=2026-03-01T00:00:00Z`);
    const rows = text.trim().split('\r\n').slice(1);
    expect(rows).toHaveLength(8);
    expect(rows.every((r) => r.includes(',chat,Team alpha,'))).toBe(true);
    const header = (await exported('?channel=voice')).text;
    expect(header).toBe('date,kind,score,comment,contact,channel,team,conversation_id\r\n');
  });
});

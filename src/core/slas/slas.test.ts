import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BusinessHours } from '../../shared/schemas/business-hours.js';
import { loadInbox } from '../conversations/inbox.js';
import { loadSlaBadges } from './publish-sla.js';
import { policy, slaDeps, slaWorkspace, type SlaTest } from './slas.test-helpers.js';
import { recomputeSlaTargets } from './track-slas.js';

let t: SlaTest;
beforeAll(async () => {
  t = await slaDeps();
});
afterAll(() => t.db.close());

const iso = (d: Date | null | undefined) => d?.toISOString() ?? null;
const clocks = (rows: Awaited<ReturnType<Awaited<ReturnType<typeof slaWorkspace>>['targets']>>) =>
  rows.map((r) => ({
    metric: r.metric,
    started: iso(r.started_at),
    due: iso(r.due_at),
    met: iso(r.met_at),
    stopped: iso(r.stopped_at),
  }));

describe('SLA clocks', () => {
  it('the first response is met by an agent’s reply, not by a bot’s answer or a private note', async () => {
    const w = await slaWorkspace(t);
    t.at('2026-01-05T10:00:00Z');
    const id = await w.start();
    t.at('2026-01-05T10:05:00Z');
    await w.botSays(id);
    t.at('2026-01-05T10:06:00Z');
    await w.say(id, 'note', 'Looks like the tap again');
    expect((await w.targets(id)).find((r) => r.metric === 'first_response')?.met_at).toBeNull();
    t.at('2026-01-05T10:12:00Z');
    await w.say(id, 'agent', 'Sorry about that, a new tap is on its way.');
    const first = (await w.targets(id)).find((r) => r.metric === 'first_response')!;
    expect(clocks([first])).toEqual([
      {
        metric: 'first_response',
        started: '2026-01-05T10:00:00.000Z',
        due: '2026-01-05T10:30:00.000Z',
        met: '2026-01-05T10:12:00.000Z',
        stopped: null,
      },
    ]);
  });

  it('each customer message after an agent’s reply starts a next-response clock, met by the next reply', async () => {
    const w = await slaWorkspace(t);
    t.at('2026-01-05T10:00:00Z');
    const id = await w.start();
    t.at('2026-01-05T10:01:00Z');
    await w.say(id, 'agent');
    t.at('2026-01-05T11:00:00Z');
    await w.say(id, 'customer', 'It still drips');
    t.at('2026-01-05T11:10:00Z');
    await w.say(id, 'customer', 'Hello?');
    t.at('2026-01-05T11:20:00Z');
    await w.say(id, 'agent');
    t.at('2026-01-05T11:30:00Z');
    await w.say(id, 'agent');
    const replies = clocks(await w.targets(id)).filter((c) => c.metric !== 'resolution');
    expect(replies).toEqual([
      expect.objectContaining({ metric: 'first_response', met: '2026-01-05T10:01:00.000Z' }),
      {
        metric: 'next_response',
        started: '2026-01-05T11:00:00.000Z',
        due: '2026-01-05T12:00:00.000Z',
        met: '2026-01-05T11:20:00.000Z',
        stopped: null,
      },
    ]);
  });

  it('resolution runs from creation to resolve, stops reply clocks, and a reopening starts a new one', async () => {
    const w = await slaWorkspace(t);
    t.at('2026-01-05T10:00:00Z');
    const id = await w.start();
    t.at('2026-01-05T12:00:00Z');
    await w.setStatus(id, 'resolved');
    t.at('2026-01-05T13:00:00Z');
    await w.setStatus(id, 'open');
    const all = clocks(await w.targets(id));
    expect(all.filter((c) => c.metric === 'resolution')).toEqual([
      expect.objectContaining({ due: '2026-01-05T18:00:00.000Z', met: '2026-01-05T12:00:00.000Z' }),
      expect.objectContaining({ started: '2026-01-05T13:00:00.000Z', met: null }),
    ]);
    expect(all.find((c) => c.metric === 'first_response')).toMatchObject({
      met: null,
      stopped: '2026-01-05T12:00:00.000Z',
    });
  });

  it('counts the team’s business hours across a weekend and the spring DST change', async () => {
    const w = await slaWorkspace(t, [
      policy('normal', { businessHours: true, firstResponseMinutes: 60 }),
    ]);
    t.at('2026-03-27T15:30:00Z'); // Friday 16:30 in Berlin, winter time
    const id = await w.start();
    const day = [{ from: '09:00', to: '17:00' }];
    await w.useTeamHours(
      id,
      BusinessHours.parse({
        timeZone: 'Europe/Berlin',
        weekly: { mon: day, tue: day, wed: day, thu: day, fri: day },
      }),
    );
    expect(await recomputeSlaTargets(t.deps, { workspaceId: w.ws.id, conversationId: id })).toBe(
      true,
    );
    const first = (await w.targets(id)).find((r) => r.metric === 'first_response')!;
    // 30 minutes on Friday, 30 on Monday from 09:00 summer time (07:00 UTC).
    expect(iso(first.due_at)).toBe('2026-03-30T07:30:00.000Z');
  });

  it('a change of priority gives running clocks the new priority’s due time', async () => {
    const w = await slaWorkspace(t, [
      policy('normal'),
      policy('urgent', { firstResponseMinutes: 5, resolutionMinutes: null }),
    ]);
    t.at('2026-01-05T10:00:00Z');
    const id = await w.start();
    await t.db.query(
      `update conversations set priority = 'urgent' where workspace_id = $1 and id = $2`,
      [w.ws.id, id],
    );
    await recomputeSlaTargets(t.deps, { workspaceId: w.ws.id, conversationId: id });
    const byMetric = Object.fromEntries((await w.targets(id)).map((r) => [r.metric, r]));
    expect(iso(byMetric.first_response!.due_at)).toBe('2026-01-05T10:05:00.000Z');
    expect(byMetric.first_response!.priority).toBe('urgent');
    expect(byMetric.resolution!.due_at).toBeNull();
  });

  it('the inbox carries each open conversation’s nearest due time, and a reply updates it live', async () => {
    const w = await slaWorkspace(t);
    t.at('2026-01-05T10:00:00Z');
    const id = await w.start();
    const inbox = await loadInbox(t.deps, {
      workspaceId: w.ws.id,
      userId: w.agent.userId,
      view: 'open',
      limit: 10,
    });
    expect(inbox.conversations[0]!.sla).toEqual({
      metric: 'first_response',
      state: 'ok',
      dueAt: '2026-01-05T10:30:00.000Z',
      warnAt: '2026-01-05T10:20:00.000Z',
    });
    // Another workspace cannot read this conversation's clocks, even by its id.
    const stranger = await slaWorkspace(t);
    expect((await loadSlaBadges(t.deps, stranger.ws.id, [id])).size).toBe(0);
    t.events.length = 0;
    await w.say(id, 'agent');
    const update = t.events.find((e) => e.frame.t === 'sla.updated');
    expect(update).toMatchObject({ workspaceId: w.ws.id, internal: true, inbox: true });
    expect(update?.frame).toMatchObject({ conversationId: id, sla: { metric: 'resolution' } });
  });
});

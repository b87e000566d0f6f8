import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlaClock } from './sla-clock.js';
import { loadSlaReport } from './sla-report.js';
import { slaDeps, slaWorkspace, type SlaTest } from './slas.test-helpers.js';
import type { SlaAlert } from './sweep-slas.js';

let t: SlaTest;
beforeAll(async () => {
  t = await slaDeps();
});
afterAll(() => t.db.close());

describe('the SLA clock', () => {
  it('warns once inside the window, then records the breach exactly once however often it sweeps', async () => {
    const w = await slaWorkspace(t);
    t.at('2026-01-05T10:00:00Z');
    const id = await w.start();
    const alerts: SlaAlert[] = [];
    const clock = createSlaClock(t.deps, {
      log: pino({ level: 'silent' }),
      onAlert: (a) => a.workspaceId === w.ws.id && alerts.push(a),
    });
    const sweep = async () => {
      // Two nodes sweeping at the same moment, as the database sees it.
      const other = createSlaClock(t.deps, {
        log: pino({ level: 'silent' }),
        onAlert: (a) => a.workspaceId === w.ws.id && alerts.push(a),
      });
      await Promise.all([clock.tick(), other.tick()]);
    };
    t.at('2026-01-05T10:19:59Z');
    await sweep();
    expect(alerts).toEqual([]);
    t.events.length = 0;
    t.at('2026-01-05T10:20:00Z');
    await sweep();
    await sweep();
    expect(alerts).toEqual([
      expect.objectContaining({
        kind: 'warning',
        conversationId: id,
        metric: 'first_response',
        minutesLeft: 10,
      }),
    ]);
    expect(t.events.map((e) => e.frame.t)).toEqual(['sla.warning']);
    expect(t.events[0]).toMatchObject({ workspaceId: w.ws.id, internal: true, inbox: true });
    t.at('2026-01-05T10:30:00Z');
    await sweep();
    t.at('2026-01-05T10:45:00Z');
    await sweep();
    expect(alerts.map((a) => a.kind)).toEqual(['warning', 'breached']);
    expect(t.events.filter((e) => e.frame.t === 'sla.breached')).toHaveLength(1);
    const first = (await w.targets(id)).find((r) => r.metric === 'first_response')!;
    expect(first.breached_at?.toISOString()).toBe('2026-01-05T10:30:00.000Z');
    // A late reply still counts as met, and the breach stays recorded.
    t.at('2026-01-05T10:50:00Z');
    await w.say(id, 'agent');
    const after = (await w.targets(id)).find((r) => r.metric === 'first_response')!;
    expect(after.met_at?.toISOString()).toBe('2026-01-05T10:50:00.000Z');
    expect(after.breached_at?.toISOString()).toBe('2026-01-05T10:30:00.000Z');
  });

  it('reports targets, met, breached, the breach rate and the median time to first response', async () => {
    const w = await slaWorkspace(t);
    const other = await slaWorkspace(t);
    const conversation = async (startIso: string, replyIso?: string) => {
      t.at(startIso);
      const id = await w.start();
      if (!replyIso) return;
      t.at(replyIso);
      await w.say(id, 'agent');
    };
    await conversation('2026-02-02T09:00:00Z', '2026-02-02T09:10:00Z'); // met in 10 min
    await conversation('2026-02-02T10:00:00Z', '2026-02-02T10:35:00Z'); // met late: breached
    await conversation('2026-02-02T11:00:00Z'); // never answered
    t.at('2026-02-02T12:00:00Z');
    await createSlaClock(t.deps, { log: pino({ level: 'silent' }) }).tick();
    await conversation('2026-02-03T09:00:00Z', '2026-02-03T09:01:00Z'); // outside the period
    t.at('2026-02-02T11:00:00Z');
    await other.start(); // another workspace's clock never shows in this report

    const period = { from: new Date('2026-02-02T00:00:00Z'), to: new Date('2026-02-03T00:00:00Z') };
    const rows = await loadSlaReport(t.deps, w.ws.id, period);
    expect(rows.find((r) => r.metric === 'first_response')).toEqual({
      metric: 'first_response',
      priority: 'normal',
      targets: 3,
      met: 1,
      breached: 2,
      breachRate: 2 / 3,
      medianMinutes: 22.5,
    });
    expect(rows.find((r) => r.metric === 'resolution')).toMatchObject({ targets: 3, met: 0 });
    const theirs = await loadSlaReport(t.deps, other.ws.id, period);
    expect(theirs.find((r) => r.metric === 'first_response')?.targets).toBe(1);
  });
});

import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Bus, PresenceNote } from './bus.js';
import { createPresence, type Presence } from './presence.js';

/** Nodes on one in-memory wire: each announcement reaches every other node, as Redis would. */
function wire() {
  const nodes: { id: string; handlers: ((note: PresenceNote, from: string) => void)[] }[] = [];
  let cut = new Set<string>();
  return {
    bus(): Bus & { id: string } {
      const me = { id: randomUUID(), handlers: [] as ((n: PresenceNote, f: string) => void)[] };
      nodes.push(me);
      return {
        id: me.id,
        publish: () => {},
        onEvent: () => {},
        announce(note) {
          if (cut.has(me.id)) return;
          for (const n of nodes) if (n !== me) n.handlers.forEach((h) => h(note, me.id));
        },
        onPresence: (h) => void me.handlers.push(h),
        close: async () => {},
      };
    },
    /** The node falls silent, as one killed with SIGKILL would. */
    silence(id: string) {
      cut = new Set([...cut, id]);
    },
  };
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
};

let open: Presence[] = [];
afterEach(() => {
  open.forEach((p) => p.close());
  open = [];
});
const tracker = (bus: Bus, graceMs = 0, announceEveryMs = 20) => {
  const p = createPresence({ bus, graceMs, announceEveryMs });
  open.push(p);
  return p;
};

describe('agent presence', () => {
  it('counts an agent once however many consoles they have open, and not after the last closes', () => {
    const p = tracker(wire().bus());
    const ws = randomUUID();
    const changes: number[] = [];
    p.onChange((_w, n) => changes.push(n));
    const phone = p.connect(ws, 'laura');
    const desk = p.connect(ws, 'laura');
    p.connect(ws, 'hanna');
    expect(p.agentsOnline(ws)).toBe(2);
    phone();
    phone();
    expect(p.isOnline(ws, 'laura')).toBe(true);
    desk();
    expect(p.isOnline(ws, 'laura')).toBe(false);
    expect(p.agentsOnline(randomUUID())).toBe(0);
    expect(changes).toEqual([1, 2, 1]);
  });

  it('keeps an agent online for the grace period, so a reload does not flicker the customer', async () => {
    const p = tracker(wire().bus(), 60);
    const ws = randomUUID();
    p.connect(ws, 'laura')();
    expect(p.isOnline(ws, 'laura')).toBe(true);
    const again = p.connect(ws, 'laura');
    await new Promise((r) => setTimeout(r, 100));
    expect(p.isOnline(ws, 'laura')).toBe(true);
    again();
    await until(() => !p.isOnline(ws, 'laura'));
  });

  it('sees agents connected to other nodes, including ones that were there before it started', async () => {
    const net = wire();
    const a = tracker(net.bus());
    const ws = randomUUID();
    a.connect(ws, 'laura');
    const b = tracker(net.bus());
    await until(() => b.isOnline(ws, 'laura'));
    const changes: number[] = [];
    b.onChange((_w, n) => changes.push(n));
    const dan = a.connect(ws, 'dan');
    expect(b.agentsOnline(ws)).toBe(2);
    dan();
    expect(b.onlineAgents(ws)).toEqual(['laura']);
    expect(changes).toEqual([2, 1]);
  });

  it('forgets the agents of a node that stops announcing', async () => {
    const net = wire();
    const aBus = net.bus();
    const a = tracker(aBus);
    const b = tracker(net.bus());
    const ws = randomUUID();
    a.connect(ws, 'laura');
    expect(b.agentsOnline(ws)).toBe(1);
    net.silence(aBus.id);
    await until(() => b.agentsOnline(ws) === 0);
  });
});

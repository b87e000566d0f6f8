import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ServerFrame } from '../shared/realtime.js';
import { createHub, type Subscriber } from './hub.js';

function socket(audience: Subscriber['audience'], workspaceId: string) {
  const frames: ServerFrame[] = [];
  return { sub: { audience, workspaceId, send: (f: ServerFrame) => frames.push(f) }, frames };
}

const note = (workspaceId: string, conversationId: string, internal: boolean) => ({
  workspaceId,
  conversationId,
  internal,
  frame: { t: 'pong' } as ServerFrame,
});

describe('the hub', () => {
  it('a customer never receives a private note, while agents in the conversation do', () => {
    const hub = createHub();
    const [ws, conv] = [randomUUID(), randomUUID()];
    const customer = socket('customer', ws);
    const agent = socket('agent', ws);
    hub.join(conv, customer.sub);
    hub.join(conv, agent.sub);
    expect(hub.deliver(note(ws, conv, true))).toBe(1);
    expect(customer.frames).toEqual([]);
    expect(agent.frames).toHaveLength(1);
    expect(hub.deliver(note(ws, conv, false))).toBe(2);
    expect(customer.frames).toHaveLength(1);
  });

  it('never delivers across workspaces, even to a socket joined to the same conversation id', () => {
    const hub = createHub();
    const conv = randomUUID();
    const intruder = socket('agent', randomUUID());
    hub.join(conv, intruder.sub);
    expect(hub.deliver(note(randomUUID(), conv, false))).toBe(0);
    expect(intruder.frames).toEqual([]);
  });

  it('stops delivering to a socket that left', () => {
    const hub = createHub();
    const [ws, conv] = [randomUUID(), randomUUID()];
    const agent = socket('agent', ws);
    const customer = socket('customer', ws);
    hub.join(conv, agent.sub);
    hub.join(conv, customer.sub);
    hub.leaveAll(agent.sub);
    expect(hub.deliver(note(ws, conv, false))).toBe(1);
    expect(agent.frames).toEqual([]);
  });

  it("workspace notices reach only that workspace's customers", () => {
    const hub = createHub();
    const ws = randomUUID();
    const customer = socket('customer', ws);
    const agent = socket('agent', ws);
    const elsewhere = socket('customer', randomUUID());
    for (const s of [customer, agent, elsewhere]) hub.watchWorkspace(s.sub);
    expect(hub.tellCustomers(ws, { t: 'presence', agentsOnline: 2 })).toBe(1);
    expect(customer.frames).toEqual([{ t: 'presence', agentsOnline: 2 }]);
    expect(agent.frames).toEqual([]);
    expect(elsewhere.frames).toEqual([]);
    hub.leaveAll(customer.sub);
    expect(hub.tellCustomers(ws, { t: 'presence', agentsOnline: 0 })).toBe(0);
  });

  it('inbox events reach only the watching agents of their own workspace', () => {
    const hub = createHub();
    const ws = randomUUID();
    const agent = socket('agent', ws);
    const customer = socket('customer', ws);
    const elsewhere = socket('agent', randomUUID());
    for (const s of [agent, customer, elsewhere]) hub.watchWorkspace(s.sub);
    expect(hub.deliver({ ...note(ws, randomUUID(), true), inbox: true })).toBe(1);
    expect(agent.frames).toHaveLength(1);
    expect(customer.frames).toEqual([]);
    expect(elsewhere.frames).toEqual([]);
  });

  it('knows which conversations of a workspace customers follow on this node, until the last leaves', () => {
    const hub = createHub();
    const [ws, other, a, b] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const tab1 = socket('customer', ws);
    const tab2 = socket('customer', ws);
    hub.join(a, tab1.sub);
    hub.join(a, tab1.sub);
    hub.join(a, tab2.sub);
    hub.join(b, tab2.sub);
    hub.join(randomUUID(), socket('agent', ws).sub);
    hub.join(randomUUID(), socket('customer', other).sub);
    expect(hub.customerConversations(ws).sort()).toEqual([a, b].sort());
    hub.leave(a, tab1.sub);
    expect(hub.customerConversations(ws).sort()).toEqual([a, b].sort());
    hub.leaveAll(tab2.sub);
    expect(hub.customerConversations(ws)).toEqual([]);
  });
});

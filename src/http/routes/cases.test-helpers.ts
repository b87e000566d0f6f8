import { randomUUID } from 'node:crypto';
import type { TestApp } from '../../../test/test-app.js';

export interface Visitor {
  token: string;
  /** Calls /api/widget as this visitor: GET without a body, POST with one. */
  call: (path: string, body?: unknown) => Promise<Response>;
}

/** A widget visitor of the workspace with public key `key`, as the widget opens one. */
export async function openVisitor(t: TestApp, key: string): Promise<Visitor> {
  const res = await t.fetch('/api/widget/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ workspace: key }),
  });
  const { visitorToken: token } = (await res.json()) as { visitorToken: string };
  const call = (path: string, body?: unknown) =>
    t.fetch(`/api/widget${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        'content-type': 'application/json',
        'x-parley-key': key,
        authorization: `Visitor ${token}`,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  return { token, call };
}

/** The complaint form as the widget sends it, with fresh ids unless given. */
export function complaintForm(over: Record<string, unknown> = {}) {
  return {
    complaintId: randomUUID(),
    conversationId: randomUUID(),
    category: 'delivery',
    description: 'The Maris Otter arrived with the bag split open.',
    orderRef: 'HB-1042',
    ...over,
  };
}

/** Submits a complaint and returns the case and conversation ids. */
export async function complain(visitor: Visitor, over: Record<string, unknown> = {}) {
  const res = await visitor.call('/complaints', complaintForm(over));
  if (res.status !== 201) throw new Error(`complaint failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as { caseId: string; conversationId: string };
}

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '../../../test/test-db.js';
import { seedWorkspace } from '../../../test/seed.js';
import type { Db } from '../../db/db.js';
import type { WorkspaceRow } from '../../db/queries/workspaces.js';
import type { CoreDeps } from '../deps.js';
import { openVisitorSession } from './open-visitor-session.js';
import { identityHash } from './verify-identity.js';

let db: Db;
let core: CoreDeps;
let ws: WorkspaceRow;

beforeAll(async () => {
  db = await openTestDb();
  core = { db, now: () => new Date(), sessionTtlMs: 1000 };
  ws = await seedWorkspace(core);
});
afterAll(() => db.close());

const open = (input: Omit<Parameters<typeof openVisitorSession>[1], 'workspaceKey'>) =>
  openVisitorSession(core, { workspaceKey: ws.public_key, ...input });

async function conversationOf(contactId: string) {
  const id = randomUUID();
  await db.query('insert into conversations (id, workspace_id, contact_id) values ($1, $2, $3)', [
    id,
    ws.id,
    contactId,
  ]);
  return id;
}

describe('visitor sessions for the widget', () => {
  it('a returning visitor with their token is the same contact; without it, a new one', async () => {
    const first = await open({});
    expect(first.contact.verified).toBe(false);
    const again = await open({ visitorToken: first.visitorToken });
    expect(again.contact.id).toBe(first.contact.id);
    expect(again.visitorToken).toBe(first.visitorToken);
    expect((await open({})).contact.id).not.toBe(first.contact.id);
    expect((await open({ visitorToken: 'v_forged' })).contact.id).not.toBe(first.contact.id);
  });

  it('a signed identity becomes the verified contact and keeps the anonymous conversations', async () => {
    const anon = await open({});
    const conv = await conversationOf(anon.contact.id);
    const id = `user-${randomUUID()}`;
    const signed = await open({
      visitorToken: anon.visitorToken,
      identity: { id, name: 'Mia', hash: identityHash(ws.identity_secret, id) },
    });
    expect(signed.contact).toMatchObject({ external_id: id, verified: true, name: 'Mia' });
    expect(signed.visitorToken).not.toBe(anon.visitorToken);
    const [row] = await db.query<{ contact_id: string }>(
      'select contact_id from conversations where id = $1',
      [conv],
    );
    expect(row!.contact_id).toBe(signed.contact.id);
  });

  it('an unsigned identity claiming someone else can never reach their conversations', async () => {
    const id = `user-${randomUUID()}`;
    const victim = await open({ identity: { id, hash: identityHash(ws.identity_secret, id) } });
    await conversationOf(victim.contact.id);
    const attacker = await open({ identity: { id, name: 'Mallory', hash: 'deadbeef' } });
    expect(attacker.contact.id).not.toBe(victim.contact.id);
    expect(attacker.contact.verified).toBe(false);
    const [victimNow] = await db.query<{ name: string | null }>(
      'select name from contacts where id = $1',
      [victim.contact.id],
    );
    expect(victimNow!.name).toBeNull();
  });

  it('refuses an unknown workspace key with a message that says what to check', async () => {
    await expect(openVisitorSession(core, { workspaceKey: 'pk_nope' })).rejects.toThrow(
      /data-workspace/,
    );
  });
});

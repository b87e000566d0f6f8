import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '../../../test/test-db.js';
import { seedMember, seedWorkspace } from '../../../test/seed.js';
import type { Db } from '../../db/db.js';
import { listHandoffs } from '../../db/queries/ownership.js';
import type { WorkspaceRow } from '../../db/queries/workspaces.js';
import { DEFAULT_LADDER } from '../../shared/schemas/ladder.js';
import { openVisitorSession } from '../contacts/open-visitor-session.js';
import { identityHash } from '../contacts/verify-identity.js';
import { createMessageWriter } from '../conversations/message-writer.js';
import type { ConversationDeps } from '../conversations/realtime-deps.js';
import { startConversation } from '../conversations/start-conversation.js';
import { importArticles } from '../kb/import-articles.js';
import { openWidgetSession } from './open-widget-session.js';
import { setContactVip } from './set-contact-vip.js';
import { setWorkspaceLadder } from './workspace-ladder.js';

let db: Db;
let deps: ConversationDeps;
let ws: WorkspaceRow;

beforeAll(async () => {
  db = await openTestDb();
  deps = {
    db,
    now: () => new Date(),
    sessionTtlMs: 1000,
    writer: createMessageWriter(db),
    publish: () => {},
  };
  ws = await withArticles();
});
afterAll(() => db.close());

/** A workspace whose assistant answers questions first (it has a published article). */
async function withArticles() {
  const workspace = await seedWorkspace(deps);
  const line = { id: 'returns', title: 'Returns', content: 'Return within 30 days.' };
  await importArticles(deps, {
    workspaceId: workspace.id,
    source: { kind: 'jsonl', text: JSON.stringify(line) },
    editor: { userId: null, label: 'test' },
  });
  return workspace;
}

/** The site signs its customer's id: a verified contact. */
const signedIn = (workspace: WorkspaceRow, id: string, visitorToken?: string) =>
  openWidgetSession(deps, {
    workspaceKey: workspace.public_key,
    ...(visitorToken ? { visitorToken } : {}),
    identity: { id, hash: identityHash(workspace.identity_secret, id) },
  });

async function ask(workspace: WorkspaceRow, contactId: string) {
  const { conversation } = await startConversation(deps, {
    workspaceId: workspace.id,
    contactId,
    conversationId: randomUUID(),
    topic: 'question',
    clientId: randomUUID(),
    body: 'Can I return an opened kit?',
  });
  return conversation.id;
}

const ownerOf = async (id: string) =>
  (await db.query<{ owner: string }>('select owner from conversations where id = $1', [id]))[0]!
    .owner;

describe('a verified VIP skips the assistant', () => {
  it('a verified VIP starts with people; a VIP mark on an unverified visitor does not count', async () => {
    const vip = (await signedIn(ws, `vip-${randomUUID()}`)).contact;
    await setContactVip(deps, { workspaceId: ws.id, contactId: vip.id, vip: true });
    expect(await ownerOf(await ask(ws, vip.id))).toBe('queue');

    const anonymous = (await openVisitorSession(deps, { workspaceKey: ws.public_key })).contact;
    const marked = await setContactVip(deps, {
      workspaceId: ws.id,
      contactId: anonymous.id,
      vip: true,
    });
    expect(marked).toMatchObject({ vip: true, verified: false });
    expect(await ownerOf(await ask(ws, anonymous.id))).toBe('bot');
  });

  it('a visitor who signs in mid-conversation as a verified VIP leaves the assistant for people at once', async () => {
    const externalId = `vip-${randomUUID()}`;
    const known = (await signedIn(ws, externalId)).contact;
    await setContactVip(deps, { workspaceId: ws.id, contactId: known.id, vip: true });
    const visitor = await openVisitorSession(deps, { workspaceKey: ws.public_key });
    const id = await ask(ws, visitor.contact.id);
    expect(await ownerOf(id)).toBe('bot');
    await signedIn(ws, externalId, visitor.visitorToken);
    expect(await ownerOf(id)).toBe('queue');
    const [handoff] = await listHandoffs(db, ws.id, id);
    expect(handoff).toMatchObject({ from_owner: 'bot', to_owner: 'queue', reason: 'vip' });
    const [note] = await db.query<{ author_type: string; body: string }>(
      'select author_type, body from messages where conversation_id = $1 and seq = 2',
      [id],
    );
    expect(note).toMatchObject({
      author_type: 'bot',
      body: expect.stringMatching(/A person from the team/),
    });
  });

  it('marking a verified customer VIP while the assistant answers them hands the conversation to people', async () => {
    const customer = (await signedIn(ws, `c-${randomUUID()}`)).contact;
    const id = await ask(ws, customer.id);
    expect(await ownerOf(id)).toBe('bot');
    await setContactVip(deps, { workspaceId: ws.id, contactId: customer.id, vip: true });
    expect(await ownerOf(id)).toBe('queue');
  });

  it("stays with the assistant when the ladder's first step does not list vip", async () => {
    const other = await withArticles();
    const owner = await seedMember(deps, other.id, { role: 'owner' });
    const [bot, ...rest] = DEFAULT_LADDER.steps;
    const ladder = {
      ...DEFAULT_LADDER,
      steps: [{ ...bot!, leaveWhen: bot!.leaveWhen.filter((c) => c !== 'vip') }, ...rest],
    };
    await setWorkspaceLadder(deps, other.id, ladder, owner.userId);
    const vip = (await signedIn(other, `vip-${randomUUID()}`)).contact;
    await setContactVip(deps, { workspaceId: other.id, contactId: vip.id, vip: true });
    expect(await ownerOf(await ask(other, vip.id))).toBe('bot');
  });

  it("refuses a champion, and another workspace's contact is not found", async () => {
    const contact = (await openVisitorSession(deps, { workspaceKey: ws.public_key })).contact;
    const mark = (workspaceId: string, role?: 'champion' | 'agent') =>
      setContactVip(deps, { workspaceId, contactId: contact.id, vip: true, ...(role && { role }) });
    await expect(mark(ws.id, 'champion')).rejects.toMatchObject({ code: 'forbidden' });
    await expect(mark((await seedWorkspace(deps)).id)).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(mark(ws.id, 'agent')).resolves.toMatchObject({ vip: true });
  });
});

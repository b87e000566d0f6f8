import { saveAgentProfile } from '../../db/queries/agent-profiles.js';
import type { Db } from '../../db/db.js';
import type { ConversationEvent } from '../../shared/realtime.js';
import { CallbackSettings } from '../../shared/schemas/callbacks.js';
import { seedMember, seedWorkspace } from '../../../test/seed.js';
import { openTestDb } from '../../../test/test-db.js';
import { openVisitorSession } from '../contacts/open-visitor-session.js';
import { createMessageWriter } from '../conversations/message-writer.js';
import type { ConversationDeps } from '../conversations/realtime-deps.js';
import { saveCallbackSettings } from './save-callback-settings.js';

/** Core deps on a fresh database with a clock the test moves, collecting what is published. */
export async function callbackDeps(start = new Date('2026-03-02T09:00:00Z')) {
  const db: Db = await openTestDb();
  let now = start.getTime();
  const events: ConversationEvent[] = [];
  const deps: ConversationDeps = {
    db,
    now: () => new Date(now),
    sessionTtlMs: 60_000,
    writer: createMessageWriter(db),
    publish: (e) => void events.push(e),
    emailEnabled: true,
  };
  return {
    db,
    deps,
    events,
    at: (iso: string) => (now = Date.parse(iso)),
    advance: (ms: number) => (now += ms),
  };
}

/** A workspace whose agents all take calls (voice skill, one call at once), in no team. */
export async function callbackWorkspace(
  deps: ConversationDeps,
  callers: number,
  settings: Partial<CallbackSettings> = {},
) {
  const ws = await seedWorkspace(deps);
  const admin = await seedMember(deps, ws.id, { role: 'admin' });
  const ids: string[] = [];
  for (let i = 0; i < callers; i++) {
    const { userId } = await seedMember(deps, ws.id);
    await saveAgentProfile(deps.db, ws.id, userId, {
      skills: { voice: 1 },
      capacity: { chat: 3, email: 5, voice: 1 },
    });
    ids.push(userId);
  }
  await saveCallbackSettings(deps, ws.id, CallbackSettings.parse(settings), admin.userId);
  return { ws, callers: ids, adminId: admin.userId };
}

/** A new visitor of the workspace, as the widget routes resolve them. */
export async function customerOf(deps: ConversationDeps, ws: { id: string; public_key: string }) {
  const { contact } = await openVisitorSession(deps, { workspaceKey: ws.public_key });
  return { kind: 'contact' as const, workspaceId: ws.id, contactId: contact.id };
}

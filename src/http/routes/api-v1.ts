import { Hono } from 'hono';
import { catchUp } from '../../core/conversations/catch-up.js';
import {
  browseContacts,
  browseConversations,
  getContact,
  getConversation,
} from '../../core/conversations/browse.js';
import { setConversationPriority } from '../../core/conversations/set-priority.js';
import { setContactVip } from '../../core/escalation/set-contact-vip.js';
import { findWorkspace } from '../../core/workspaces/find-workspace.js';
import { getWorkspaceMember, listWorkspaceMembers } from '../../core/users/list-members.js';
import type { AppEnv, HttpDeps } from '../app-env.js';
import { tokenAuth } from '../middleware/token-auth.js';
import { readJson, readQuery, uuidParam } from '../validate.js';
import { memberView } from '../views.js';
import { API_V1 as S } from './api-v1-spec.js';

/** The REST API for integrators: bearer tokens, scoped to the token's workspace. */
export function apiV1Routes({ core }: HttpDeps) {
  const app = new Hono<AppEnv>();
  app.use('*', tokenAuth(core));
  const ws = (c: { get(k: 'apiToken'): { workspace_id: string } }) =>
    c.get('apiToken').workspace_id;

  app.get(S.workspace.path, async (c) => {
    const w = await findWorkspace(core, ws(c));
    return c.json({
      id: w.id,
      name: w.name,
      publicKey: w.public_key,
      createdAt: w.created_at.toISOString(),
    });
  });
  app.get(S.members.path, async (c) =>
    c.json({ members: (await listWorkspaceMembers(core, ws(c))).map(memberView) }),
  );
  app.get(S.member.path, async (c) =>
    c.json(memberView(await getWorkspaceMember(core, ws(c), uuidParam(c, 'id', 'Member')))),
  );
  app.get(S.conversations.path, async (c) => {
    const q = readQuery(c, S.conversations.query);
    return c.json({ conversations: await browseConversations(core, { workspaceId: ws(c), ...q }) });
  });
  app.get(S.conversation.path, async (c) =>
    c.json(await getConversation(core, ws(c), uuidParam(c, 'id', 'Conversation'))),
  );
  app.patch(S.updateConversation.path, async (c) => {
    const conversationId = uuidParam(c, 'id', 'Conversation');
    const { priority } = await readJson(c, S.updateConversation.body.schema);
    await setConversationPriority(core, { workspaceId: ws(c) }, { conversationId, priority });
    return c.json(await getConversation(core, ws(c), conversationId));
  });
  app.get(S.messages.path, async (c) => {
    const { after } = readQuery(c, S.messages.query);
    const who = {
      kind: 'agent' as const,
      workspaceId: ws(c),
      userId: c.get('apiToken').created_by ?? '',
    };
    return c.json(
      await catchUp(core, who, {
        conversationId: uuidParam(c, 'id', 'Conversation'),
        afterSeq: after,
      }),
    );
  });
  app.get(S.contacts.path, async (c) => {
    const q = readQuery(c, S.contacts.query);
    return c.json({ contacts: await browseContacts(core, { workspaceId: ws(c), ...q }) });
  });
  app.get(S.contact.path, async (c) =>
    c.json(await getContact(core, ws(c), uuidParam(c, 'id', 'Contact'))),
  );
  app.patch(S.updateContact.path, async (c) => {
    const contactId = uuidParam(c, 'id', 'Contact');
    const { vip } = await readJson(c, S.updateContact.body.schema);
    return c.json(await setContactVip(core, { workspaceId: ws(c), contactId, vip }));
  });
  return app;
}

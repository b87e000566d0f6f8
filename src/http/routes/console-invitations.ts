import { Hono } from 'hono';
import { invitationReport } from '../../core/invitations/invitation-report.js';
import { listInvitationRuleViews } from '../../core/invitations/list-invitation-rules.js';
import { removeInvitationRule } from '../../core/invitations/remove-invitation-rule.js';
import { saveInvitationRule } from '../../core/invitations/save-invitation-rule.js';
import { requireAdmin } from '../../core/users/require-role.js';
import { InvitationReportQuery, InvitationRuleInput } from '../../shared/schemas/invitations.js';
import type { AppEnv, HttpDeps } from '../app-env.js';
import { sessionAuth } from '../middleware/session-auth.js';
import { readJson, readQuery, uuidParam } from '../validate.js';

/** Proactive invitation rules and their report: owners and admins only. */
export function consoleInvitationRoutes({ core }: HttpDeps) {
  const app = new Hono<AppEnv>();
  const auth = sessionAuth(core);
  const admin = (c: { get(key: 'actor'): AppEnv['Variables']['actor'] }) => {
    const { workspaceId, member } = c.get('actor');
    requireAdmin(member.role);
    return workspaceId;
  };

  app.get('/invitation-rules', auth, async (c) =>
    c.json({ rules: await listInvitationRuleViews(core, admin(c)) }),
  );
  app.post('/invitation-rules', auth, async (c) => {
    const workspaceId = admin(c);
    const input = await readJson(c, InvitationRuleInput);
    return c.json(await saveInvitationRule(core, workspaceId, input), 201);
  });
  app.put('/invitation-rules/:id', auth, async (c) => {
    const workspaceId = admin(c);
    const id = uuidParam(c, 'id', 'Invitation rule');
    const input = await readJson(c, InvitationRuleInput);
    return c.json(await saveInvitationRule(core, workspaceId, input, id));
  });
  app.delete('/invitation-rules/:id', auth, async (c) => {
    const workspaceId = admin(c);
    await removeInvitationRule(core, workspaceId, uuidParam(c, 'id', 'Invitation rule'));
    return c.body(null, 204);
  });
  app.get('/invitation-report', auth, async (c) => {
    const workspaceId = admin(c);
    const { days } = readQuery(c, InvitationReportQuery);
    return c.json(await invitationReport(core, workspaceId, days));
  });
  return app;
}

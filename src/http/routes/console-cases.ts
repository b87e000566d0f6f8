import { Hono, type Context } from 'hono';
import { addCaseNote } from '../../core/cases/add-case-note.js';
import { requireCaseRole } from '../../core/cases/case-roles.js';
import { complaintPolicy, setComplaintPolicy } from '../../core/cases/complaint-policy.js';
import { getCase } from '../../core/cases/get-case.js';
import { listCases } from '../../core/cases/list-cases.js';
import { recordRecoveryAction } from '../../core/cases/record-recovery-action.js';
import { updateCase } from '../../core/cases/update-case.js';
import { requireAdmin } from '../../core/users/require-role.js';
import {
  CaseListQuery,
  CaseNoteInput,
  ComplaintPolicy,
  RecordRecoveryInput,
  UpdateCaseInput,
} from '../../shared/schemas/cases.js';
import type { AppEnv, HttpDeps } from '../app-env.js';
import { sessionAuth } from '../middleware/session-auth.js';
import { siteOrigin } from '../pages/help-urls.js';
import { readJson, readQuery, uuidParam } from '../validate.js';

/**
 * Complaint cases for the team: the list (open, overdue, resolved), one case with its history,
 * and the changes an agent makes. Changes answer 204; the console reads the case again.
 */
export function consoleCaseRoutes({ core, publicUrl }: HttpDeps) {
  const app = new Hono<AppEnv>();
  const auth = sessionAuth(core);
  const member = (c: Context<AppEnv>) => {
    const actor = c.get('actor');
    requireCaseRole(actor.member.role);
    return { workspaceId: actor.workspaceId, userId: actor.member.id };
  };
  const origin = (c: Context) => siteOrigin(c.req.url, publicUrl);
  const caseId = (c: Context) => uuidParam(c, 'id', 'Case');

  app.get('/cases', auth, async (c) =>
    c.json(await listCases(core, member(c).workspaceId, readQuery(c, CaseListQuery))),
  );
  app.get('/cases/:id', auth, async (c) =>
    c.json(await getCase(core, member(c).workspaceId, { caseId: caseId(c) }, origin(c))),
  );
  app.get('/conversations/:id/case', auth, async (c) => {
    const conversationId = uuidParam(c, 'id', 'Conversation');
    return c.json(await getCase(core, member(c).workspaceId, { conversationId }, origin(c)));
  });
  app.post('/cases/:id/update', auth, async (c) => {
    const who = member(c);
    await updateCase(core, who, { ...(await readJson(c, UpdateCaseInput)), caseId: caseId(c) });
    return c.body(null, 204);
  });
  app.post('/cases/:id/actions', auth, async (c) => {
    const who = member(c);
    const input = await readJson(c, RecordRecoveryInput);
    await recordRecoveryAction(core, who, { ...input, caseId: caseId(c) });
    return c.body(null, 204);
  });
  app.post('/cases/:id/notes', auth, async (c) => {
    const who = member(c);
    const { body } = await readJson(c, CaseNoteInput);
    await addCaseNote(core, who, { caseId: caseId(c), body });
    return c.body(null, 204);
  });
  app.get('/complaint-policy', auth, async (c) =>
    c.json(await complaintPolicy(core, member(c).workspaceId)),
  );
  app.put('/complaint-policy', auth, async (c) => {
    const actor = c.get('actor');
    requireAdmin(actor.member.role);
    const policy = await readJson(c, ComplaintPolicy);
    return c.json(await setComplaintPolicy(core, actor.workspaceId, policy, actor.member.id));
  });
  return app;
}

import { Hono, type Context } from 'hono';
import { getCase } from '../../core/cases/get-case.js';
import { listCases } from '../../core/cases/list-cases.js';
import { recordRecoveryAction } from '../../core/cases/record-recovery-action.js';
import { updateCase } from '../../core/cases/update-case.js';
import type { AppEnv, HttpDeps } from '../app-env.js';
import { tokenAuth } from '../middleware/token-auth.js';
import { siteOrigin } from '../pages/help-urls.js';
import { readJson, readQuery, uuidParam } from '../validate.js';
import { API_V1_CASES as S } from './api-v1-cases-spec.js';

/**
 * Complaint cases for integrators (bearer token, scoped to its workspace). Changes are made in
 * the name of the person who created the token, and answer with the case as it now stands.
 */
export function apiV1CaseRoutes({ core, publicUrl }: HttpDeps) {
  const app = new Hono<AppEnv>();
  app.use('/cases', tokenAuth(core));
  app.use('/cases/*', tokenAuth(core));
  const actor = (c: Context<AppEnv>) => ({
    workspaceId: c.get('apiToken').workspace_id,
    userId: c.get('apiToken').created_by,
  });
  const detail = (c: Context<AppEnv>) =>
    getCase(core, actor(c).workspaceId, { caseId: uuidParam(c, 'id', 'Case') }, origin(c));
  const origin = (c: Context) => siteOrigin(c.req.url, publicUrl);

  app.get(S.cases.path, async (c) =>
    c.json(await listCases(core, actor(c).workspaceId, readQuery(c, S.cases.query))),
  );
  app.get(S.case.path, async (c) => c.json(await detail(c)));
  app.patch(S.updateCase.path, async (c) => {
    const input = await readJson(c, S.updateCase.body.schema);
    await updateCase(core, actor(c), { ...input, caseId: uuidParam(c, 'id', 'Case') });
    return c.json(await detail(c));
  });
  app.post(S.recordCaseAction.path, async (c) => {
    const input = await readJson(c, S.recordCaseAction.body.schema);
    await recordRecoveryAction(core, actor(c), { ...input, caseId: uuidParam(c, 'id', 'Case') });
    return c.json(await detail(c));
  });
  return app;
}

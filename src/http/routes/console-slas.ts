import { Hono } from 'hono';
import { getSlaPolicies, saveSlaPolicies } from '../../core/slas/sla-policies.js';
import { loadSlaReport } from '../../core/slas/sla-report.js';
import { requireAdmin } from '../../core/users/require-role.js';
import { SlaPoliciesInput, SlaReportQuery } from '../../shared/schemas/slas.js';
import type { AppEnv, HttpDeps } from '../app-env.js';
import { sessionAuth } from '../middleware/session-auth.js';
import { readJson, readQuery } from '../validate.js';

/** SLA policies per priority (owners and admins change them) and the SLA report. */
export function consoleSlaRoutes({ core }: HttpDeps) {
  const app = new Hono<AppEnv>();
  const auth = sessionAuth(core);

  app.get('/sla-policies', auth, async (c) =>
    c.json({ policies: await getSlaPolicies(core, c.get('actor').workspaceId) }),
  );
  app.put('/sla-policies', auth, async (c) => {
    const { workspaceId, member } = c.get('actor');
    requireAdmin(member.role);
    const input = await readJson(c, SlaPoliciesInput);
    return c.json({ policies: await saveSlaPolicies(core, workspaceId, input) });
  });
  app.get('/sla-report', auth, async (c) => {
    const { from, to } = readQuery(c, SlaReportQuery);
    const period = { from: new Date(from), to: new Date(to) };
    return c.json({ rows: await loadSlaReport(core, c.get('actor').workspaceId, period) });
  });
  return app;
}

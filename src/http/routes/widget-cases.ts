import { Hono, type Context } from 'hono';
import { cors } from 'hono/cors';
import { complaintCategories } from '../../core/cases/complaint-categories.js';
import { customerCase } from '../../core/cases/customer-case.js';
import { submitComplaint } from '../../core/cases/submit-complaint.js';
import { resolveVisitor } from '../../core/contacts/resolve-visitor.js';
import { SubmitComplaintInput } from '../../shared/schemas/cases.js';
import type { AppEnv, HttpDeps } from '../app-env.js';
import { readJson, uuidParam } from '../validate.js';

/**
 * The widget's complaint form and case status, called from the business's site (any origin)
 * with the visitor token in the Authorization header, like the rest of /api/widget.
 */
export function widgetCaseRoutes({ core }: HttpDeps) {
  const app = new Hono<AppEnv>();
  app.use(
    '*',
    cors({ origin: '*', allowHeaders: ['content-type', 'authorization', 'x-parley-key'] }),
  );
  const visitor = (c: Context) =>
    resolveVisitor(
      core,
      c.req.header('x-parley-key'),
      c.req.header('authorization')?.replace(/^Visitor\s+/i, ''),
    );

  app.get('/complaints/categories', async (c) =>
    c.json(await complaintCategories(core, c.req.header('x-parley-key'))),
  );
  // Idempotent on the widget's ids: 201 the first time, 200 with the same case on a retry.
  app.post('/complaints', async (c) => {
    const who = await visitor(c);
    const result = await submitComplaint(core, who, await readJson(c, SubmitComplaintInput));
    return c.json(result, result.created ? 201 : 200);
  });
  app.get('/conversations/:id/case', async (c) =>
    c.json(await customerCase(core, await visitor(c), uuidParam(c, 'id', 'Conversation'))),
  );
  return app;
}

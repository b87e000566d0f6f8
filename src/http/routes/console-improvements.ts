import { Hono } from 'hono';
import { createImprovement } from '../../core/improvements/create-improvement.js';
import { getImprovement } from '../../core/improvements/get-improvement.js';
import { linkFeedback, unlinkFeedback } from '../../core/improvements/link-feedback.js';
import { listImprovements } from '../../core/improvements/list-improvements.js';
import { updateImprovement } from '../../core/improvements/update-improvement.js';
import { requireTeamReader } from '../../core/topics/topic-access.js';
import { requireAdmin } from '../../core/users/require-role.js';
import {
  CreateImprovementInput,
  ImprovementListQuery,
  LinkFeedbackInput,
  UpdateImprovementInput,
} from '../../shared/schemas/improvements.js';
import type { AppEnv, HttpDeps } from '../app-env.js';
import { sessionAuth } from '../middleware/session-auth.js';
import { readJson, readQuery, uuidParam } from '../validate.js';

type Ctx = { get(k: 'actor'): AppEnv['Variables']['actor'] };

/** Improvements (the outer loop): the team reads them; owners and admins make and change them. */
export function consoleImprovementRoutes({ core }: HttpDeps) {
  const app = new Hono<AppEnv>();
  const auth = sessionAuth(core);
  const reader = (c: Ctx) => {
    requireTeamReader(c.get('actor').member.role);
    return c.get('actor').workspaceId;
  };
  const admin = (c: Ctx) => {
    requireAdmin(c.get('actor').member.role);
    return { workspaceId: c.get('actor').workspaceId, userId: c.get('actor').member.id };
  };

  app.get('/improvements', auth, async (c) => {
    const { topicId } = readQuery(c, ImprovementListQuery);
    return c.json({ improvements: await listImprovements(core, reader(c), topicId) });
  });
  app.get('/improvements/:id', auth, async (c) =>
    c.json(await getImprovement(core, reader(c), uuidParam(c, 'id', 'Improvement'))),
  );
  app.post('/improvements', auth, async (c) =>
    c.json(await createImprovement(core, admin(c), await readJson(c, CreateImprovementInput)), 201),
  );
  app.put('/improvements/:id', auth, async (c) => {
    const id = uuidParam(c, 'id', 'Improvement');
    const input = await readJson(c, UpdateImprovementInput);
    return c.json(await updateImprovement(core, admin(c), id, input));
  });
  app.post('/improvements/:id/links', auth, async (c) => {
    const id = uuidParam(c, 'id', 'Improvement');
    const input = await readJson(c, LinkFeedbackInput);
    return c.json(await linkFeedback(core, admin(c), id, input), 201);
  });
  app.delete('/improvements/:id/links/:linkId', auth, async (c) => {
    const id = uuidParam(c, 'id', 'Improvement');
    await unlinkFeedback(core, admin(c).workspaceId, id, uuidParam(c, 'linkId', 'Link'));
    return c.body(null, 204);
  });
  return app;
}

import { Hono } from 'hono';
import { createTopic } from '../../core/topics/create-topic.js';
import { getTopic } from '../../core/topics/get-topic.js';
import { listTopics } from '../../core/topics/list-topics.js';
import { addTopicRule, removeTopicRule } from '../../core/topics/manage-topic-rules.js';
import { mergeTopics } from '../../core/topics/merge-topics.js';
import { renameTopic } from '../../core/topics/rename-topic.js';
import { splitTopic } from '../../core/topics/split-topic.js';
import { requireTeamReader } from '../../core/topics/topic-access.js';
import { requireAdmin } from '../../core/users/require-role.js';
import {
  MergeTopicsInput,
  RenameTopicInput,
  SplitTopicInput,
  TopicPeriodQuery,
  TopicRuleInput,
} from '../../shared/schemas/topics.js';
import type { AppEnv, HttpDeps } from '../app-env.js';
import { sessionAuth } from '../middleware/session-auth.js';
import { readJson, readQuery, uuidParam } from '../validate.js';

type Ctx = { get(k: 'actor'): AppEnv['Variables']['actor'] };

/** Topics: the team reads them; owners and admins rename, merge, split and write keyword rules. */
export function consoleTopicRoutes({ core }: HttpDeps) {
  const app = new Hono<AppEnv>();
  const auth = sessionAuth(core);
  const reader = (c: Ctx) => {
    requireTeamReader(c.get('actor').member.role);
    return c.get('actor').workspaceId;
  };
  const admin = (c: Ctx) => {
    requireAdmin(c.get('actor').member.role);
    return c.get('actor').workspaceId;
  };

  app.get('/topics', auth, async (c) =>
    c.json(await listTopics(core, reader(c), readQuery(c, TopicPeriodQuery))),
  );
  app.get('/topics/:id', auth, async (c) => {
    const id = uuidParam(c, 'id', 'Topic');
    return c.json(await getTopic(core, reader(c), id, readQuery(c, TopicPeriodQuery)));
  });
  app.post('/topics', auth, async (c) =>
    c.json(await createTopic(core, admin(c), await readJson(c, RenameTopicInput)), 201),
  );
  app.put('/topics/:id', auth, async (c) => {
    const id = uuidParam(c, 'id', 'Topic');
    return c.json(await renameTopic(core, admin(c), id, await readJson(c, RenameTopicInput)));
  });
  app.post('/topics/:id/merge', auth, async (c) => {
    const id = uuidParam(c, 'id', 'Topic');
    return c.json(await mergeTopics(core, admin(c), id, await readJson(c, MergeTopicsInput)));
  });
  app.post('/topics/:id/split', auth, async (c) => {
    const id = uuidParam(c, 'id', 'Topic');
    return c.json(await splitTopic(core, admin(c), id, await readJson(c, SplitTopicInput)), 201);
  });
  app.post('/topics/:id/rules', auth, async (c) => {
    const id = uuidParam(c, 'id', 'Topic');
    const actor = { workspaceId: admin(c), userId: c.get('actor').member.id };
    return c.json(await addTopicRule(core, actor, id, await readJson(c, TopicRuleInput)), 201);
  });
  app.delete('/topic-rules/:id', auth, async (c) => {
    await removeTopicRule(core, admin(c), uuidParam(c, 'id', 'Keyword rule'));
    return c.body(null, 204);
  });
  return app;
}

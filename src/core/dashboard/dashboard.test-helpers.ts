import { randomUUID } from 'node:crypto';
import { unique } from '../../../test/seed.js';
import type { Db } from '../../db/db.js';
import { insertContact } from '../../db/queries/contacts.js';
import { insertConversation } from '../../db/queries/conversations.js';
import { insertFollowUp } from '../../db/queries/feedback-follow-ups.js';
import { insertImprovement } from '../../db/queries/improvements.js';
import { insertOffer } from '../../db/queries/survey-offers.js';
import { insertResponse } from '../../db/queries/survey-responses.js';
import { insertTeam } from '../../db/queries/teams.js';
import { createTopic } from '../topics/create-topic.js';
import { indexFeedback } from '../topics/index-feedback.js';
import { addTopicRule } from '../topics/manage-topic-rules.js';

type Deps = { db: Db; now: () => Date };
type Where = 'alpha' | 'beta' | null;

/** The moment the fixture's dates are written against; `seedDashboard` moves them to `now`. */
export const FIXTURE_NOW = new Date('2026-03-31T12:00:00Z');

/**
 * The fixture: answers with known scores in team Alpha (chat), team Beta (email) and linked to
 * no conversation, one before the default period. Comments name "delivery" or "refund", which
 * keyword rules put in topics of those names. Expected figures are worked out in the tests.
 */
const ANSWERS: {
  kind: 'csat' | 'ces' | 'nps' | 'cx' | 'review';
  score: number;
  where: Where;
  at: string;
  comment?: string;
  items?: [number, number, number];
}[] = [
  {
    kind: 'nps',
    score: 10,
    where: 'alpha',
    at: '2026-03-10T09:00:00Z',
    comment: 'Delivery was quick, wonderful service',
  },
  { kind: 'nps', score: 9, where: 'alpha', at: '2026-03-10T15:00:00Z' },
  { kind: 'nps', score: 7, where: 'alpha', at: '2026-03-11T09:00:00Z' },
  {
    kind: 'nps',
    score: 3,
    where: 'alpha',
    at: '2026-03-11T10:00:00Z',
    comment: 'The delivery was late and the box arrived broken, terrible',
  },
  { kind: 'nps', score: 10, where: 'beta', at: '2026-03-11T11:00:00Z' },
  {
    kind: 'nps',
    score: 2,
    where: 'beta',
    at: '2026-03-11T12:00:00Z',
    comment: 'Awful delivery, horrible experience, never again',
  },
  {
    kind: 'nps',
    score: 9,
    where: null,
    at: '2026-03-12T08:00:00Z',
    comment: 'Refund was fast, great people',
  },
  { kind: 'nps', score: 0, where: 'alpha', at: '2026-02-20T08:00:00Z' },
  { kind: 'csat', score: 5, where: 'alpha', at: '2026-03-10T10:00:00Z' },
  { kind: 'csat', score: 4, where: 'alpha', at: '2026-03-10T11:00:00Z' },
  {
    kind: 'csat',
    score: 2,
    where: 'beta',
    at: '2026-03-10T12:00:00Z',
    comment: 'Still waiting for my refund, very disappointed and angry',
  },
  {
    kind: 'csat',
    score: 3,
    where: null,
    at: '2026-03-08T23:30:00Z',
    comment: '=HYPERLINK("http://evil.example","click me")',
  },
  {
    kind: 'ces',
    score: 6,
    where: 'alpha',
    at: '2026-03-12T09:00:00Z',
    comment: 'Delivery tracking was easy and helpful',
  },
  { kind: 'cx', score: 4, where: 'alpha', at: '2026-03-12T10:00:00Z', items: [5, 4, 4] },
  {
    kind: 'review',
    score: 1,
    where: null,
    at: '2026-03-13T10:00:00Z',
    comment: 'Refund refused, terrible and rude,\nnever again',
  },
];

/** CSAT offers in Alpha: two answered, one not, one held back; Beta: one answered. */
const CSAT_OFFERS: { where: Where; status: 'answered' | 'offered' | 'suppressed' }[] = [
  { where: 'alpha', status: 'answered' },
  { where: 'alpha', status: 'answered' },
  { where: 'alpha', status: 'offered' },
  { where: 'alpha', status: 'suppressed' },
  { where: 'beta', status: 'answered' },
];

async function seedConversation(db: Db, workspaceId: string, teamId: string, channel: string) {
  const contact = await insertContact(db, {
    id: randomUUID(),
    workspace_id: workspaceId,
    external_id: null,
    verified: false,
    name: unique('Customer'),
    email: null,
  });
  const id = randomUUID();
  const row = { id, workspace_id: workspaceId, contact_id: contact.id, topic: 'question' as const };
  await insertConversation(db, { ...row, subject: null });
  await db.query(
    'update conversations set team_id = $3, channel = $4 where workspace_id = $1 and id = $2',
    [workspaceId, id, teamId, channel],
  );
  return { conversationId: id, contactId: contact.id };
}

/** Seeds the fixture into a workspace whose member `agentId` owns the follow-ups. */
export async function seedDashboard(deps: Deps, workspaceId: string, agentId: string) {
  const { db } = deps;
  const shift = deps.now().getTime() - FIXTURE_NOW.getTime();
  const at = (iso: string) => new Date(Date.parse(iso) + shift);
  const teams = { alpha: randomUUID(), beta: randomUUID() };
  for (const [name, id] of Object.entries(teams)) {
    await insertTeam(db, {
      id,
      workspace_id: workspaceId,
      name: `Team ${name}`,
      required_skills: {},
    });
  }
  const places = {
    alpha: await seedConversation(db, workspaceId, teams.alpha, 'chat'),
    beta: await seedConversation(db, workspaceId, teams.beta, 'email'),
  };
  const responseIds: string[] = [];
  for (const a of ANSWERS) {
    const place = a.where ? places[a.where] : null;
    const [effective, easy, enjoyable] = a.items ?? [null, null, null];
    const row = await insertResponse(db, {
      id: randomUUID(),
      workspace_id: workspaceId,
      offer_id: null,
      kind: a.kind,
      contact_id: place?.contactId ?? null,
      conversation_id: place?.conversationId ?? null,
      case_id: null,
      score: a.score,
      cx_effective: effective,
      cx_easy: easy,
      cx_enjoyable: enjoyable,
      comment: a.comment ?? null,
      channel: a.where === 'beta' ? 'email' : 'widget',
      thanked_by: null,
      created_at: at(a.at),
    });
    responseIds.push(row.id);
  }
  for (const o of CSAT_OFFERS) {
    await insertOffer(db, {
      id: randomUUID(),
      workspace_id: workspaceId,
      contact_id: null,
      kind: 'csat',
      touchpoint: 'conversation_resolved',
      conversation_id: o.where ? places[o.where].conversationId : null,
      case_id: null,
      agent_id: null,
      status: o.status,
      reason: o.status === 'suppressed' ? 'fatigue' : null,
      channels: ['widget'],
      created_by: null,
      created_at: at('2026-03-10T08:00:00Z'),
      expires_at: null,
    });
  }
  // Beta's detractor (2) is overdue; Alpha's (3) was contacted and is due tomorrow.
  const followUp = (i: number, due: string) => ({
    id: randomUUID(),
    workspace_id: workspaceId,
    response_id: responseIds[i]!,
    owner_id: agentId,
    due_at: at(due),
    created_at: at('2026-03-11T12:00:00Z'),
  });
  await insertFollowUp(db, followUp(5, '2026-03-13T12:00:00Z'));
  const contacted = await insertFollowUp(db, followUp(3, '2026-04-01T12:00:00Z'));
  await db.query(`update feedback_follow_ups set status = 'contacted' where id = $1`, [
    contacted.id,
  ]);
  await seedOuterLoop(deps, workspaceId, agentId);
  return { teams, places };
}

/** Two keyword topics (filled by the real indexer) and three improvements, one planned. */
async function seedOuterLoop(deps: Deps, workspaceId: string, agentId: string) {
  const actor = { workspaceId, userId: agentId };
  for (const name of ['Delivery', 'Refund']) {
    const topic = await createTopic(deps, workspaceId, { name });
    await addTopicRule(deps, actor, topic.id, { keyword: name.toLowerCase() });
  }
  while ((await indexFeedback(deps, 'response', 100)).read === 100);
  for (const title of ['Faster couriers', 'Refunds in a day', 'Track parcels']) {
    await insertImprovement(deps.db, {
      id: randomUUID(),
      workspace_id: workspaceId,
      topic_id: null,
      title,
      root_cause: '',
      announcement: '',
      owner_id: agentId,
      target_date: null,
      created_by: agentId,
      created_at: deps.now(),
    });
  }
  await deps.db.query(
    `update improvements set status = 'planned' where workspace_id = $1 and title = 'Track parcels'`,
    [workspaceId],
  );
}

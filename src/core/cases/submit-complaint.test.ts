import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedMember, seedWorkspace } from '../../../test/seed.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { insertSystemMessage } from '../../db/queries/case-messages.js';
import { complain, complaintForm, openVisitor } from '../../http/routes/cases.test-helpers.js';
import { setComplaintPolicy, DEFAULT_COMPLAINT_POLICY } from './complaint-policy.js';
import { updateCase } from './update-case.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const messagesOf = (conversationId: string) =>
  t.db.query<{ seq: number; author_type: string; body: string; meta: { kind?: string } | null }>(
    'select seq, author_type, body, meta from messages where conversation_id = $1 order by seq',
    [conversationId],
  );
const count = async (table: string, column: string, id: string) => {
  const [row] = await t.db.query<{ n: number }>(
    `select count(*)::int as n from ${table} where ${column} = $1`,
    [id],
  );
  return row!.n;
};

describe('a complaint from the widget', () => {
  it('becomes a complaint conversation and a case, acknowledged at once with owner and time', async () => {
    const ws = await seedWorkspace(t.core);
    const visitor = await openVisitor(t, ws.public_key);
    t.events.length = 0;
    const before = Date.now();
    const { caseId, conversationId } = await complain(visitor);

    const [conversation] = await t.db.query<{ topic: string; owner: string }>(
      'select topic, owner from conversations where id = $1',
      [conversationId],
    );
    expect(conversation).toEqual({ topic: 'complaint', owner: 'queue' });
    const messages = await messagesOf(conversationId);
    expect(messages.map((m) => [m.seq, m.author_type])).toEqual([
      [1, 'contact'],
      [2, 'system'],
    ]);
    expect(messages[0]!.body).toBe('The Maris Otter arrived with the bag split open.');
    const ack = messages[1]!;
    expect(ack.meta).toEqual({ kind: 'case_ack' });
    expect(ack.body).toMatch(/case C-1\b.*our Customer care team owns it/);
    expect(ack.body).toContain('within 24 hours');
    // The customer's socket hears the acknowledgement through the normal realtime path.
    const heard = t.events.filter((e) => !e.internal && e.frame.t === 'message');
    expect(heard.map((e) => e.frame.t === 'message' && e.frame.message.authorType)).toEqual([
      'contact',
      'system',
    ]);

    const [row] = await t.db.query<{ due_at: Date; status: string; order_ref: string }>(
      'select due_at, status, order_ref from cases where id = $1',
      [caseId],
    );
    expect(row!.status).toBe('open');
    expect(row!.order_ref).toBe('HB-1042');
    const hours = (row!.due_at.getTime() - before) / 3_600_000;
    expect(hours).toBeGreaterThan(23.99);
    expect(hours).toBeLessThan(24.01);
  });

  it('concurrent retries of one complaint make one case and one acknowledgement', async () => {
    const ws = await seedWorkspace(t.core);
    const visitor = await openVisitor(t, ws.public_key);
    const form = complaintForm();
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => visitor.call('/complaints', form)),
    );
    expect(answers.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
    const bodies = (await Promise.all(answers.map((r) => r.json()))) as { caseId: string }[];
    expect(new Set(bodies.map((b) => b.caseId))).toEqual(new Set([form.complaintId]));
    expect(await count('cases', 'conversation_id', form.conversationId)).toBe(1);
    const messages = await messagesOf(form.conversationId);
    expect(messages.filter((m) => m.meta?.kind === 'case_ack')).toHaveLength(1);
    expect(messages.map((m) => m.seq)).toEqual([1, 2]);
    expect(await count('case_events', 'case_id', form.complaintId)).toBe(1);

    // A retry long after (a reload that resends the queued complaint) changes nothing either.
    expect((await visitor.call('/complaints', form)).status).toBe(200);
    expect(await messagesOf(form.conversationId)).toHaveLength(2);
  });

  it('the database itself refuses a second acknowledgement in a complaint conversation', async () => {
    const ws = await seedWorkspace(t.core);
    const { conversationId } = await complain(await openVisitor(t, ws.public_key));
    await expect(
      t.db.transaction((tx) =>
        insertSystemMessage(tx, {
          workspaceId: ws.id,
          conversationId,
          clientId: 'another-ack-id',
          body: 'Thank you, again',
          meta: { kind: 'case_ack' },
        }),
      ),
    ).rejects.toThrow(/messages_one_case_ack|unique/);
    expect(await messagesOf(conversationId)).toHaveLength(2);
  });

  it('names the owner the policy gives the category, with its own response time', async () => {
    const ws = await seedWorkspace(t.core);
    const laura = await seedMember(t.core, ws.id, { role: 'agent' });
    const policy = structuredClone(DEFAULT_COMPLAINT_POLICY);
    policy.team = 'Brewing support';
    policy.categories = [
      { key: 'product', label: 'A product', responseHours: 4, ownerId: laura.userId },
      { key: 'other', label: 'Something else' },
    ];
    await setComplaintPolicy(t.core, ws.id, policy, laura.userId);
    const visitor = await openVisitor(t, ws.public_key);
    const product = await complain(visitor, { category: 'product' });
    const [ack] = (await messagesOf(product.conversationId)).slice(1);
    const [name] = await t.db.query<{ name: string }>('select name from users where id = $1', [
      laura.userId,
    ]);
    expect(ack!.body).toContain(`${name!.name} from Brewing support owns it`);
    expect(ack!.body).toContain('within 4 hours');
    const other = await complain(visitor, { category: 'other' });
    expect((await messagesOf(other.conversationId))[1]!.body).toContain(
      'our Brewing support team owns it',
    );
    const refused = await visitor.call('/complaints', complaintForm({ category: 'delivery' }));
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toBe(
      'Choose a category from this list: product, other.',
    );
  });

  it('refuses a complaint without a description, and ids already used elsewhere', async () => {
    const ws = await seedWorkspace(t.core);
    const visitor = await openVisitor(t, ws.public_key);
    const empty = await visitor.call('/complaints', complaintForm({ description: '   ' }));
    expect(empty.status).toBe(400);
    const form = complaintForm();
    await complain(visitor, form);
    const stranger = await openVisitor(t, ws.public_key);
    expect((await stranger.call('/complaints', form)).status).toBe(409);
    const sameConversation = complaintForm({ conversationId: form.conversationId });
    expect((await stranger.call('/complaints', sameConversation)).status).toBe(409);

    // A conversation id the customer already used for a question takes no complaint.
    const question = complaintForm();
    await visitor.call('/conversations', {
      conversationId: question.conversationId,
      topic: 'question',
      clientId: 'question-0001',
      body: 'Do you sell airlocks?',
    });
    expect((await visitor.call('/complaints', question)).status).toBe(409);
    expect((await messagesOf(question.conversationId)).map((m) => m.body)).toEqual([
      'Do you sell airlocks?',
    ]);
  });
});

describe('a resolved complaint', () => {
  it('asks the customer how easy it was (CES) once, in their conversation', async () => {
    const ws = await seedWorkspace(t.core);
    const { userId } = await seedMember(t.core, ws.id);
    const visitor = await openVisitor(t, ws.public_key);
    const { caseId, conversationId } = await complain(visitor);
    const actor = { workspaceId: ws.id, userId };
    await updateCase(t.core, actor, { caseId, status: 'resolved' });
    await updateCase(t.core, actor, { caseId, status: 'resolved' });
    const offers = await t.db.query<{ kind: string; touchpoint: string; status: string }>(
      'select kind, touchpoint, status from survey_offers where case_id = $1',
      [caseId],
    );
    expect(offers).toEqual([{ kind: 'ces', touchpoint: 'case_resolved', status: 'offered' }]);
    const asked = await messagesOf(conversationId);
    expect(asked.at(-1)?.meta?.kind).toBe('survey');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedMember, seedWorkspace } from '../../../test/seed.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { complain, openVisitor } from '../../http/routes/cases.test-helpers.js';
import { createTeam } from '../teams/manage-teams.js';
import { createTopic } from '../topics/create-topic.js';
import { customerSays, indexAll, review, seedContact } from '../topics/feedback.test-helpers.js';
import { addTopicRule } from '../topics/manage-topic-rules.js';
import { listRoutedFeedback, routeOfFeedback } from './list-routed-feedback.js';
import {
  addFeedbackRoute,
  listFeedbackRoutes,
  removeFeedbackRoute,
} from './manage-feedback-routes.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('routing rules for feedback', () => {
  it('sends a review that names a store to that store’s team, and records the match', async () => {
    const ws = await seedWorkspace(t.core);
    const admin = await seedMember(t.core, ws.id, { role: 'admin' });
    const agent = await seedMember(t.core, ws.id, { role: 'agent' });
    const actor = { workspaceId: ws.id, userId: admin.userId };
    const mainStreet = await createTeam(t.core, ws.id, {
      name: 'Main Street store',
      requiredSkills: {},
      memberIds: [],
    });
    const harbour = await createTeam(t.core, ws.id, {
      name: 'Harbour store',
      requiredSkills: {},
      memberIds: [],
    });
    const refunds = await createTopic(t.core, ws.id, { name: 'Refunds' });
    await addTopicRule(t.core, actor, refunds.id, { keyword: 'refund' });

    const toStore = await addFeedbackRoute(t.core, actor, {
      keyword: 'Main Street',
      kinds: ['review'],
      teamId: mainStreet.id,
    });
    await addFeedbackRoute(t.core, actor, {
      keyword: 'main street',
      kinds: [],
      userId: agent.userId,
    });
    await addFeedbackRoute(t.core, actor, { keyword: 'harbour', kinds: [], teamId: harbour.id });
    await addFeedbackRoute(t.core, actor, { topicId: refunds.id, kinds: [], userId: agent.userId });
    expect((await listFeedbackRoutes(t.core, ws.id)).map((r) => r.teamName ?? r.userName)).toEqual([
      'Main Street store',
      expect.stringMatching(/^Name-/),
      'Harbour store',
      expect.stringMatching(/^Name-/),
    ]);

    const rude = await review(t, ws.id, 1, 'Staff at the Main Street store were rude');
    const dirty = await review(t, ws.id, 2, 'The Harbour shop was dirty');
    const refund = await review(t, ws.id, 2, 'Refunds take forever');
    const nothing = await review(t, ws.id, 5, 'Lovely tea');
    const visitor = await openVisitor(t, ws.public_key);
    const complaint = await complain(visitor, {
      description: 'The till at Main Street charged me twice',
    });
    const chatter = await seedContact(t, ws.id);
    await customerSays(t, ws.id, chatter.id, 'Is the Main Street store open on Sunday?');
    await indexAll(t);

    const of = async (source: { responseId?: string; caseId?: string }) =>
      (await routeOfFeedback(t.core, ws.id, source))?.teamName ??
      (await routeOfFeedback(t.core, ws.id, source))?.userName ??
      null;
    expect(await of({ responseId: rude.responseId })).toBe('Main Street store');
    expect((await routeOfFeedback(t.core, ws.id, { responseId: rude.responseId }))!.routeId).toBe(
      toStore.id,
    );
    expect(await of({ responseId: dirty.responseId })).toBe('Harbour store');
    expect((await routeOfFeedback(t.core, ws.id, { responseId: refund.responseId }))!.userId).toBe(
      agent.userId,
    );
    expect(await of({ responseId: nothing.responseId })).toBeNull();
    expect((await routeOfFeedback(t.core, ws.id, { caseId: complaint.caseId }))!.userId).toBe(
      agent.userId,
    );

    const store = await listRoutedFeedback(t.core, ws.id, { teamId: mainStreet.id });
    expect(store.map((f) => f.excerpt)).toEqual(['Staff at the Main Street store were rude']);
    const all = await listRoutedFeedback(t.core, ws.id, {});
    expect(all).toHaveLength(4);
    expect(all.map((f) => f.kind).sort()).toEqual(['complaint', 'review', 'review', 'review']);
    expect(await listRoutedFeedback(t.core, (await seedWorkspace(t.core)).id, {})).toEqual([]);

    // A rule applies to feedback that arrives after it; what was routed keeps its record.
    await removeFeedbackRoute(t.core, ws.id, toStore.id);
    expect(await of({ responseId: rude.responseId })).toBe('Main Street store');
    const later = await review(t, ws.id, 2, 'Main Street store was closed early');
    await indexAll(t);
    expect((await routeOfFeedback(t.core, ws.id, { responseId: later.responseId }))!.userId).toBe(
      agent.userId,
    );
  });

  it('hands a routed answer’s follow-up to the person, or to the team member with the fewest', async () => {
    const ws = await seedWorkspace(t.core);
    const admin = await seedMember(t.core, ws.id, { role: 'admin' });
    const [ana, ben, cleo] = [
      await seedMember(t.core, ws.id, { role: 'agent' }),
      await seedMember(t.core, ws.id, { role: 'agent' }),
      await seedMember(t.core, ws.id, { role: 'agent' }),
    ];
    const actor = { workspaceId: ws.id, userId: admin.userId };
    const store = await createTeam(t.core, ws.id, {
      name: 'Main Street store',
      requiredSkills: {},
      memberIds: [ana!.userId, ben!.userId],
    });
    await addFeedbackRoute(t.core, actor, { keyword: 'main street', kinds: [], teamId: store.id });
    await addFeedbackRoute(t.core, actor, { keyword: 'refund', kinds: [], userId: cleo!.userId });

    const first = await review(t, ws.id, 1, 'Staff at the Main Street store were rude');
    const second = await review(t, ws.id, 2, 'Main Street store was closed early');
    const refund = await review(t, ws.id, 1, 'My refund never came');
    const praise = await review(t, ws.id, 5, 'Main Street store is lovely');
    const before = await ownerOf(first.responseId);
    await indexAll(t);

    // Both store members had none: the first goes to one, the second to the other.
    const storeOwners = [await ownerOf(first.responseId), await ownerOf(second.responseId)];
    expect(storeOwners.sort()).toEqual([ana!.userId, ben!.userId].sort());
    expect(before).not.toBe(storeOwners[0]);
    expect(await ownerOf(refund.responseId)).toBe(cleo!.userId);
    // A happy review opens no follow-up, so there is nothing to hand over.
    expect(await ownerOf(praise.responseId)).toBeUndefined();
  });

  it('refuses a team, person or topic of another workspace', async () => {
    const ws = await seedWorkspace(t.core);
    const other = await seedWorkspace(t.core);
    const admin = await seedMember(t.core, ws.id, { role: 'admin' });
    const stranger = await seedMember(t.core, other.id, { role: 'agent' });
    const champion = await seedMember(t.core, ws.id, { role: 'champion' });
    const theirTeam = await createTeam(t.core, other.id, {
      name: 'Theirs',
      requiredSkills: {},
      memberIds: [],
    });
    const actor = { workspaceId: ws.id, userId: admin.userId };
    await expect(
      addFeedbackRoute(t.core, actor, { keyword: 'x', kinds: [], teamId: theirTeam.id }),
    ).rejects.toThrow('this workspace’s teams');
    await expect(
      addFeedbackRoute(t.core, actor, { keyword: 'x', kinds: [], userId: stranger.userId }),
    ).rejects.toThrow('of this workspace');
    await expect(
      addFeedbackRoute(t.core, actor, { keyword: 'x', kinds: [], userId: champion.userId }),
    ).rejects.toThrow('of this workspace');
    await expect(
      removeFeedbackRoute(
        t.core,
        other.id,
        (await listFeedbackRoutes(t.core, ws.id))[0]?.id ?? admin.userId,
      ),
    ).rejects.toThrow('not found');
  });
});

const ownerOf = async (responseId: string) =>
  (
    await t.core.db.query<{ owner_id: string }>(
      'select owner_id from feedback_follow_ups where response_id = $1',
      [responseId],
    )
  )[0]?.owner_id;

import { randomUUID } from 'node:crypto';
import { findTeam } from '../../db/queries/teams.js';
import { findTopic } from '../../db/queries/topics.js';
import { findMember } from '../../db/queries/users.js';
import {
  deleteRoute,
  insertRoute,
  listRoutes,
  type FeedbackRouteRow,
} from '../../db/queries/feedback-routes.js';
import type {
  FeedbackRouteInput,
  FeedbackRouteView,
  RoutedKind,
} from '../../shared/schemas/feedback-routing.js';
import type { CoreDeps } from '../deps.js';
import { AppError, notFound } from '../errors.js';
import { keywordKey } from '../topics/key-phrases.js';

const view = (r: FeedbackRouteRow): FeedbackRouteView => ({
  id: r.id,
  keyword: r.keyword,
  topicId: r.topic_id,
  topicName: r.topic_name,
  kinds: r.kinds as RoutedKind[],
  teamId: r.team_id,
  teamName: r.team_name,
  userId: r.user_id,
  userName: r.user_name,
  createdAt: r.created_at.toISOString(),
});

/** The routing rules, in the order they are tried (the first that fits wins). */
export async function listFeedbackRoutes(
  deps: Pick<CoreDeps, 'db'>,
  workspaceId: string,
): Promise<FeedbackRouteView[]> {
  return (await listRoutes(deps.db, workspaceId)).map(view);
}

/**
 * A rule tried after the existing ones: feedback of the given kinds (all when none) with the
 * keyword and/or in the topic goes to the team or person. It applies to feedback that arrives
 * from now on.
 */
export async function addFeedbackRoute(
  deps: Pick<CoreDeps, 'db' | 'now'>,
  actor: { workspaceId: string; userId: string },
  input: FeedbackRouteInput,
): Promise<FeedbackRouteView> {
  const { workspaceId } = actor;
  const key = input.keyword ? keywordKey(input.keyword) : null;
  if (input.topicId && !(await findTopic(deps.db, workspaceId, input.topicId))) {
    throw new AppError('invalid_input', 'That topic does not exist here any more; choose another.');
  }
  if (input.teamId && !(await findTeam(deps.db, workspaceId, input.teamId))) {
    throw new AppError('invalid_input', 'Choose one of this workspace’s teams.');
  }
  const person = input.userId ? await findMember(deps.db, workspaceId, input.userId) : undefined;
  if (input.userId && (!person || person.role === 'champion')) {
    throw new AppError('invalid_input', 'Choose an owner, admin or agent of this workspace.');
  }
  const id = randomUUID();
  await insertRoute(deps.db, {
    id,
    workspace_id: workspaceId,
    keyword: key ? input.keyword! : null,
    keyword_key: key || null,
    topic_id: input.topicId ?? null,
    kinds: [...new Set(input.kinds)],
    team_id: input.teamId ?? null,
    user_id: input.userId ?? null,
    created_by: actor.userId,
    at: deps.now(),
  });
  return (await listFeedbackRoutes(deps, workspaceId)).find((r) => r.id === id)!;
}

/** Feedback already routed keeps its record; new feedback no longer matches this rule. */
export async function removeFeedbackRoute(
  deps: Pick<CoreDeps, 'db'>,
  workspaceId: string,
  routeId: string,
): Promise<void> {
  if (!(await deleteRoute(deps.db, workspaceId, routeId))) throw notFound('Routing rule');
}

import {
  findRouteOf,
  listRoutedFeedback as listRoutedRows,
  type RoutedFeedbackRow,
} from '../../db/queries/feedback-routes.js';
import type {
  RoutedFeedbackQuery,
  RoutedFeedbackView,
  RoutedKind,
} from '../../shared/schemas/feedback-routing.js';
import type { CoreDeps } from '../deps.js';

const view = (r: RoutedFeedbackRow): RoutedFeedbackView => ({
  textId: r.id,
  kind: r.kind as RoutedKind,
  excerpt: r.excerpt,
  writtenAt: r.written_at.toISOString(),
  sentimentLabel: r.sentiment_label,
  responseId: r.response_id,
  caseId: r.case_id,
  conversationId: r.conversation_id,
  routedAt: r.routed_at.toISOString(),
  routeId: r.route_id,
  teamId: r.routed_team_id,
  teamName: r.team_name,
  userId: r.routed_user_id,
  userName: r.user_name,
});

/** The latest feedback routing sent somewhere (to one team or person when asked), newest first. */
export async function listRoutedFeedback(
  deps: Pick<CoreDeps, 'db'>,
  workspaceId: string,
  query: RoutedFeedbackQuery,
): Promise<RoutedFeedbackView[]> {
  const rows = await listRoutedRows(deps.db, workspaceId, { ...query, limit: 100 });
  return rows.map(view);
}

/** Where routing sent a survey answer's or a case's feedback, for the screens that show them. */
export async function routeOfFeedback(
  deps: Pick<CoreDeps, 'db'>,
  workspaceId: string,
  source: { responseId?: string; caseId?: string },
): Promise<RoutedFeedbackView | null> {
  const row = await findRouteOf(deps.db, workspaceId, source);
  return row ? view(row) : null;
}

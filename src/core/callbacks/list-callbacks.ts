import { listCallbackAttempts } from '../../db/queries/callback-attempts.js';
import { countCallbacks, listCallbacks } from '../../db/queries/callbacks.js';
import { isTimeZone } from '../../shared/schemas/business-hours.js';
import type { CallbackList, CallbackListView } from '../../shared/schemas/callbacks.js';
import type { CoreDeps } from '../deps.js';
import { DAY_MS, instantOfWall, localDay, MINUTE_MS } from '../routing/zoned-time.js';
import { callbackSettings } from './callback-settings.js';
import { callbackView } from './callback-views.js';

/**
 * The team's callbacks by when they are due: overdue (past their time by more than a slot with
 * no call recorded), today (the reader's day, in their time zone), upcoming, and done in the
 * last week. Each with its calls so far.
 */
export async function listCallbacksFor(
  deps: Pick<CoreDeps, 'db' | 'now'>,
  workspaceId: string,
  query: { view: CallbackListView; tz?: string | undefined },
): Promise<CallbackList> {
  const settings = await callbackSettings(deps, workspaceId);
  const now = deps.now();
  const zone = query.tz && isTimeZone(query.tz) ? query.tz : 'UTC';
  const window = {
    overdueBefore: new Date(now.getTime() - settings.slotMinutes * MINUTE_MS),
    dayEnd: new Date(instantOfWall(zone, (localDay(zone, now.getTime()) + 1) * DAY_MS)),
    doneSince: new Date(now.getTime() - 7 * DAY_MS),
  };
  const [rows, counts] = await Promise.all([
    listCallbacks(deps.db, workspaceId, query.view, window),
    countCallbacks(deps.db, workspaceId, window),
  ]);
  const attempts = await listCallbackAttempts(
    deps.db,
    workspaceId,
    rows.map((r) => r.id),
  );
  return { callbacks: rows.map((r) => callbackView(r, attempts, settings, now)), counts };
}

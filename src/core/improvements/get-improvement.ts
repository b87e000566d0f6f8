import { countNotices, countRaisers } from '../../db/queries/improvement-notices.js';
import { listLinks } from '../../db/queries/improvement-links.js';
import { findImprovement } from '../../db/queries/improvements.js';
import type { ImprovementDetail, VolumeWindow } from '../../shared/schemas/improvements.js';
import type { CoreDeps } from '../deps.js';
import { notFound } from '../errors.js';
import { topicVolumes } from '../topics/topic-volumes.js';
import { improvementSummary, linkView } from './improvement-views.js';

const DAY_MS = 86_400_000;
/** Before and after are compared over four weeks each, the usual rhythm of a trend review. */
export const IMPACT_DAYS = 28;

/**
 * An improvement with its history, linked feedback, who raised it and who was told, and for a
 * shipped one with a topic: the topic's volume in the 28 days before shipping against the time
 * since (up to 28 days), per week so that a few days after compare with four weeks before.
 */
export async function getImprovement(
  deps: Pick<CoreDeps, 'db' | 'now'>,
  workspaceId: string,
  improvementId: string,
): Promise<ImprovementDetail> {
  const row = await findImprovement(deps.db, workspaceId, improvementId);
  if (!row) throw notFound('Improvement');
  const raisedBy = row.shipped_at ?? deps.now();
  const query = { improvementId, topicId: row.topic_id, raisedBy };
  const notices = await countNotices(deps.db, workspaceId, improvementId);
  const shippedAt = row.status === 'shipped' ? row.shipped_at : null;
  return {
    ...improvementSummary(row),
    rootCause: row.root_cause,
    announcement: row.announcement,
    history: row.history,
    raisers: await countRaisers(deps.db, workspaceId, query),
    notices: {
      told: notices.told,
      inWidget: notices.in_widget,
      byEmail: notices.by_email,
      unreachable: notices.unreachable,
    },
    linked: (await listLinks(deps.db, workspaceId, improvementId)).map(linkView),
    impact:
      row.topic_id && shippedAt ? await impact(deps, workspaceId, row.topic_id, shippedAt) : null,
  };
}

async function impact(
  deps: Pick<CoreDeps, 'db' | 'now'>,
  workspaceId: string,
  topicId: string,
  shippedAt: Date,
) {
  const start = new Date(shippedAt.getTime() - IMPACT_DAYS * DAY_MS);
  const end = new Date(
    Math.max(
      shippedAt.getTime(),
      Math.min(deps.now().getTime(), shippedAt.getTime() + IMPACT_DAYS * DAY_MS),
    ),
  );
  return {
    before: await window(deps, workspaceId, topicId, start, shippedAt),
    after: await window(deps, workspaceId, topicId, shippedAt, end),
  };
}

async function window(
  deps: Pick<CoreDeps, 'db'>,
  workspaceId: string,
  topicId: string,
  from: Date,
  to: Date,
): Promise<VolumeWindow> {
  const [series] = await topicVolumes(deps, workspaceId, {
    from,
    to,
    step: 'day',
    topicIds: [topicId],
  });
  const days = (to.getTime() - from.getTime()) / DAY_MS;
  const texts = series?.texts ?? 0;
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    days: Math.round(days * 10) / 10,
    texts,
    negative: series?.negative ?? 0,
    perWeek: days > 0 ? Math.round((texts / days) * 7 * 10) / 10 : 0,
  };
}

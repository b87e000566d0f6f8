import {
  countConversions,
  countDecisions,
  countEligible,
} from '../../db/queries/invitation-report.js';
import { listInvitationRules } from '../../db/queries/invitation-rules.js';
import {
  SUPPRESS_REASONS,
  type InvitationReport,
  type RuleReport,
  type SuppressReason,
} from '../../shared/schemas/invitations.js';
import type { CoreDeps } from '../deps.js';
import { group, uplift } from './uplift.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Per rule, over the last `days`: visitors who matched, invitations shown and fallbacks offered,
 * what visitors did with them, suppressions by reason, and conversion of the shown group against
 * the holdout group.
 */
export async function invitationReport(
  deps: Pick<CoreDeps, 'db' | 'now'>,
  workspaceId: string,
  days: number,
): Promise<InvitationReport> {
  const since = new Date(deps.now().getTime() - days * DAY_MS);
  const [rules, decisions, eligible, conversions] = await Promise.all([
    listInvitationRules(deps.db, workspaceId),
    countDecisions(deps.db, workspaceId, since),
    countEligible(deps.db, workspaceId, since),
    countConversions(deps.db, workspaceId, since),
  ]);
  const reports = rules.map((rule): RuleReport => {
    const mine = decisions.filter((d) => d.rule_id === rule.id);
    const sum = (pick: (d: (typeof mine)[number]) => boolean, field: 'n' | 'conversations' = 'n') =>
      mine.filter(pick).reduce((total, d) => total + d[field], 0);
    const suppressed = Object.fromEntries(
      SUPPRESS_REASONS.map((r) => [r, sum((d) => d.decision === 'suppressed' && d.reason === r)]),
    ) as Record<SuppressReason, number>;
    const conv = (grp: 'shown' | 'holdout') => {
      const row = conversions.find((c) => c.rule_id === rule.id && c.grp === grp);
      return group(row?.visitors ?? 0, row?.converted ?? 0);
    };
    return {
      ruleId: rule.id,
      eligible: eligible.find((e) => e.rule_id === rule.id)?.visitors ?? 0,
      shown: sum((d) => d.decision === 'shown'),
      fallback: sum((d) => d.decision === 'fallback'),
      accepted: sum((d) => d.response === 'accepted'),
      dismissed: sum((d) => d.response === 'dismissed'),
      conversations: sum((d) => d.response === 'accepted', 'conversations'),
      suppressed,
      conversion: uplift(conv('shown'), conv('holdout')),
    };
  });
  return { days, rules: reports };
}

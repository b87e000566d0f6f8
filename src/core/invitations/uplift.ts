import type { ConversionGroup, RuleReport } from '../../shared/schemas/invitations.js';

export function group(visitors: number, converted: number): ConversionGroup {
  return { visitors, converted, rate: visitors ? converted / visitors : null };
}

/**
 * How much more often invited visitors converted than the control group: the difference in
 * percentage points, relative to the control's rate, and the two-proportion z statistic (pooled)
 * so a reader can tell a real effect from chance (|z| ≥ 1.96: 95 % confidence).
 */
export function uplift(shown: ConversionGroup, holdout: ConversionGroup): RuleReport['conversion'] {
  if (shown.rate === null || holdout.rate === null)
    return { shown, holdout, upliftPoints: null, upliftRelative: null, z: null };
  const diff = shown.rate - holdout.rate;
  const pooled = (shown.converted + holdout.converted) / (shown.visitors + holdout.visitors);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / shown.visitors + 1 / holdout.visitors));
  return {
    shown,
    holdout,
    upliftPoints: diff * 100,
    upliftRelative: holdout.rate > 0 ? diff / holdout.rate : null,
    z: se > 0 ? diff / se : null,
  };
}

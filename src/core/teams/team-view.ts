import type { TeamRow } from '../../db/queries/teams.js';
import { BusinessHours } from '../../shared/schemas/business-hours.js';
import type { TeamView } from '../../shared/schemas/routing.js';
import { isOpen, nextOpening } from '../routing/business-hours.js';

/**
 * A team's stored hours as a schedule, or null for always open. A stored value that no longer
 * parses (written by hand, or before a rule got stricter) counts as always open, as routing and
 * invitations treat it: better to answer out of hours than to hide a team forever.
 */
export function scheduleOf(stored: unknown): BusinessHours | null {
  if (stored === null || stored === undefined) return null;
  const parsed = BusinessHours.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

/** Whether a team with these hours is open at `now`, and when it opens next when closed. */
export function openingOf(
  schedule: BusinessHours | null,
  now: Date,
): { openNow: boolean; nextOpening: Date | null } {
  if (!schedule || isOpen(schedule, now)) return { openNow: true, nextOpening: null };
  return { openNow: false, nextOpening: nextOpening(schedule, now) };
}

/** A team as the console sees it, with whether it is open at `now`. */
export function teamView(t: TeamRow, now: Date): TeamView {
  const businessHours = scheduleOf(t.business_hours);
  const opening = openingOf(businessHours, now);
  return {
    id: t.id,
    name: t.name,
    requiredSkills: t.required_skills,
    memberIds: t.member_ids,
    businessHours,
    openNow: opening.openNow,
    nextOpening: opening.nextOpening?.toISOString() ?? null,
  };
}

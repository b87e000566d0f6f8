import type { EntryCondition, Ladder, RungKind } from '../../shared/schemas/ladder.js';

/** Which rungs can take a conversation right now (a rung with nobody behind it is skipped). */
export interface RungAvailability {
  bot: boolean;
  community: boolean;
  champion: boolean;
  queue: boolean;
  supervisor: boolean;
}

/**
 * Where a conversation goes from `current` when `condition` happens: the next available rung,
 * or undefined when the condition does not move it (or nothing above is available). The team
 * queue is always available: a customer can always reach a person, even one who answers later.
 */
export function nextRung(
  ladder: Ladder,
  current: RungKind,
  condition: EntryCondition,
  available: RungAvailability,
): RungKind | undefined {
  const at = ladder.steps.findIndex((s) => s.kind === current);
  const step = ladder.steps[at];
  if (!step || !step.leaveWhen.includes(condition)) return undefined;
  for (const s of ladder.steps.slice(at + 1)) {
    // Asking for a person means someone who answers now; a community thread is not that.
    if (condition === 'asked_for_person' && s.kind === 'community') continue;
    if (s.kind === 'queue' || available[s.kind]) return s.kind;
  }
  return undefined;
}

/**
 * Which rungs can take conversations today: the bot when there are articles to answer from;
 * community and champion routing do not exist yet, so those rungs count as unstaffed.
 */
export const staffedRungs = (botHasArticles: boolean): RungAvailability => ({
  bot: botHasArticles,
  community: false,
  champion: false,
  queue: true,
  supervisor: true,
});

/** The first rung a new conversation starts on. */
export function firstRung(ladder: Ladder, available: RungAvailability): RungKind {
  for (const s of ladder.steps) if (s.kind === 'queue' || available[s.kind]) return s.kind;
  return 'queue';
}

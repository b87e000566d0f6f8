// Types only: the schema module pulls in zod, whose eval probe the console's CSP reports.
import type { EntryCondition, Ladder, LadderStep, RungKind } from '../../shared/schemas/ladder.js';
import type { ApiError } from '../api.js';

interface StepInfo {
  label: string;
  about: string;
  skippedUntil?: string;
  /** What a step starts with when it is switched on (the server's default ladder has the same). */
  initial: Omit<LadderStep, 'kind'>;
}

const PEOPLE_NOW: EntryCondition[] = [
  'asked_for_person',
  'bot_declined',
  'not_helpful_twice',
  'negative_sentiment',
  'vip',
  'budget_exceeded',
];

/** Every kind of step, in the usual order. A Record, so a new kind cannot be forgotten here. */
export const STEP_INFO: Record<RungKind, StepInfo> = {
  bot: {
    label: 'Virtual agent',
    about: 'Answers from your help articles, or says it does not know.',
    initial: { budgetMinutes: 10, leaveWhen: PEOPLE_NOW },
  },
  community: {
    label: 'Community',
    about: 'Customers help each other in public threads.',
    skippedUntil: 'Skipped until you have a community.',
    initial: { budgetMinutes: 60, leaveWhen: ['asked_for_person', 'budget_exceeded'] },
  },
  champion: {
    label: 'Champions',
    about: 'Expert customers answer routed questions.',
    skippedUntil: 'Skipped until you have champions.',
    initial: { budgetMinutes: 15, leaveWhen: ['asked_for_person', 'budget_exceeded'] },
  },
  queue: {
    label: 'Team queue',
    about: 'The next free agent answers.',
    initial: { budgetMinutes: 30, leaveWhen: ['budget_exceeded'] },
  },
  supervisor: {
    label: 'Supervisor',
    about: 'Takes what the team could not settle in time.',
    initial: { budgetMinutes: 60, leaveWhen: [] },
  },
};
const KINDS = Object.keys(STEP_INFO) as RungKind[];

/** Every condition with its label, in the order the form lists them. */
export const CONDITION_LABELS: Record<EntryCondition, string> = {
  asked_for_person: 'The customer asks for a person',
  bot_declined: 'The assistant does not know',
  not_helpful_twice: 'Two answers did not help',
  negative_sentiment: 'The customer is upset',
  vip: 'A verified VIP customer',
  budget_exceeded: 'The time budget runs out',
};

/** A step as the form holds it: every kind is listed, switched on or off; budget as typed. */
export interface DraftStep {
  kind: RungKind;
  enabled: boolean;
  budget: string;
  leaveWhen: EntryCondition[];
}

/** The ladder's steps in order, then the unused kinds with their default settings. */
export function toDraft(ladder: Ladder): DraftStep[] {
  const used = ladder.steps.map((s) => ({
    kind: s.kind,
    enabled: true,
    budget: String(s.budgetMinutes),
    leaveWhen: s.leaveWhen,
  }));
  const unused = KINDS.filter((k) => !ladder.steps.some((s) => s.kind === k)).map((kind) => {
    const { budgetMinutes, leaveWhen } = STEP_INFO[kind].initial;
    return { kind, enabled: false, budget: String(budgetMinutes), leaveWhen };
  });
  return [...used, ...unused];
}

/** What is sent: the switched-on steps in order. The server checks it (budgets, people). */
export function fromDraft(steps: DraftStep[], personFromStart: boolean): Ladder {
  return {
    steps: steps
      .filter((s) => s.enabled)
      .map((s) => ({
        kind: s.kind,
        // An empty or odd budget is sent as it reads, so the server's message names it.
        budgetMinutes: s.budget.trim() === '' ? Number.NaN : Number(s.budget),
        leaveWhen: s.leaveWhen,
      })),
    personFromStart,
  };
}

export function moved<T>(list: T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (to < 0 || to >= list.length) return list;
  const next = [...list];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}

/**
 * The server's refusal in the form's words: "Team queue: time budget …" rather than
 * "steps.1.budgetMinutes"; a rule about the whole ladder reads as it is.
 */
export function describeRefusal(error: ApiError, sent: Ladder): string {
  if (!error.issues?.length) return error.message;
  const lines = error.issues.map((issue) => {
    const step = /^steps\.(\d+)\.(\w+)/.exec(issue.path);
    const kind = step ? sent.steps[Number(step[1])]?.kind : undefined;
    if (!kind) return issue.message;
    const field = step![2] === 'budgetMinutes' ? 'time budget in minutes' : 'move-on conditions';
    return `${STEP_INFO[kind].label}, ${field}: ${issue.message}`;
  });
  return `Not saved. Please fix: ${lines.join('; ')}.`;
}

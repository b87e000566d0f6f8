import { z } from 'zod';

/** The rungs a conversation can climb, in the order a workspace chooses. */
export const RUNG_KINDS = ['bot', 'community', 'champion', 'queue', 'supervisor'] as const;
export type RungKind = (typeof RUNG_KINDS)[number];

/** What moves a conversation on to the next rung. */
export const ENTRY_CONDITIONS = [
  'asked_for_person',
  'bot_declined',
  'not_helpful_twice',
  'negative_sentiment',
  'vip',
  'budget_exceeded',
] as const;
export type EntryCondition = (typeof ENTRY_CONDITIONS)[number];

export const LadderStep = z.object({
  kind: z.enum(RUNG_KINDS),
  /** How long this rung has before the conversation moves on. */
  budgetMinutes: z.number().int().min(1).max(1440),
  /** Conditions that send a conversation past this rung to the next. */
  leaveWhen: z.array(z.enum(ENTRY_CONDITIONS)).max(ENTRY_CONDITIONS.length),
});
export type LadderStep = z.infer<typeof LadderStep>;

export const Ladder = z
  .object({
    steps: z.array(LadderStep).min(1).max(8),
    /** Show "Talk to a person" from the first screen, not only after the first answer. */
    personFromStart: z.boolean(),
  })
  .refine((l) => new Set(l.steps.map((s) => s.kind)).size === l.steps.length, {
    message: 'each kind of step may appear once',
  })
  .refine((l) => l.steps.some((s) => s.kind === 'queue' || s.kind === 'supervisor'), {
    message: 'a ladder must end with people: include a team queue or a supervisor',
  });
export type Ladder = z.infer<typeof Ladder>;

const PEOPLE_NOW: EntryCondition[] = [
  'asked_for_person',
  'bot_declined',
  'not_helpful_twice',
  'negative_sentiment',
  'vip',
  'budget_exceeded',
];

/** Bot first, then the community and champions when a workspace has them, then the team. */
export const DEFAULT_LADDER: Ladder = {
  steps: [
    { kind: 'bot', budgetMinutes: 10, leaveWhen: PEOPLE_NOW },
    { kind: 'community', budgetMinutes: 60, leaveWhen: ['asked_for_person', 'budget_exceeded'] },
    { kind: 'champion', budgetMinutes: 15, leaveWhen: ['asked_for_person', 'budget_exceeded'] },
    { kind: 'queue', budgetMinutes: 30, leaveWhen: ['budget_exceeded'] },
    { kind: 'supervisor', budgetMinutes: 60, leaveWhen: [] },
  ],
  personFromStart: false,
};

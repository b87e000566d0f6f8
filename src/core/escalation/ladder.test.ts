import { describe, expect, it } from 'vitest';
import { DEFAULT_LADDER, Ladder } from '../../shared/schemas/ladder.js';
import { firstRung, nextRung, type RungAvailability } from './ladder.js';

const none: RungAvailability = {
  bot: false,
  community: false,
  champion: false,
  queue: true,
  supervisor: true,
};

describe('the escalation ladder', () => {
  it('starts with the bot only when there is something for it to answer from', () => {
    expect(firstRung(DEFAULT_LADDER, { ...none, bot: true })).toBe('bot');
    expect(firstRung(DEFAULT_LADDER, none)).toBe('queue');
  });

  it('skips the community and champions while a workspace has none', () => {
    expect(nextRung(DEFAULT_LADDER, 'bot', 'bot_declined', none)).toBe('queue');
    expect(nextRung(DEFAULT_LADDER, 'bot', 'bot_declined', { ...none, champion: true })).toBe(
      'champion',
    );
  });

  it('a customer asking for a person goes to someone who answers now, not the community', () => {
    const everyone = { ...none, bot: true, community: true, champion: true };
    expect(nextRung(DEFAULT_LADDER, 'bot', 'asked_for_person', everyone)).toBe('champion');
    expect(nextRung(DEFAULT_LADDER, 'bot', 'bot_declined', everyone)).toBe('community');
  });

  it('moves only on the conditions a step names', () => {
    expect(nextRung(DEFAULT_LADDER, 'queue', 'asked_for_person', none)).toBeUndefined();
    expect(nextRung(DEFAULT_LADDER, 'queue', 'budget_exceeded', none)).toBe('supervisor');
    expect(nextRung(DEFAULT_LADDER, 'supervisor', 'budget_exceeded', none)).toBeUndefined();
  });

  it('refuses a ladder without people or with a step twice', () => {
    const botOnly = {
      steps: [{ kind: 'bot', budgetMinutes: 5, leaveWhen: [] }],
      personFromStart: false,
    };
    expect(Ladder.safeParse(botOnly).success).toBe(false);
    const twice = {
      steps: [
        { kind: 'queue', budgetMinutes: 5, leaveWhen: [] },
        { kind: 'queue', budgetMinutes: 5, leaveWhen: [] },
      ],
      personFromStart: false,
    };
    expect(Ladder.safeParse(twice).success).toBe(false);
    expect(Ladder.safeParse(DEFAULT_LADDER).success).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_LADDER, ENTRY_CONDITIONS, RUNG_KINDS } from '../../shared/schemas/ladder.js';
import {
  CONDITION_LABELS,
  describeRefusal,
  fromDraft,
  moved,
  STEP_INFO,
  toDraft,
} from './settings-ladder-draft.js';

const teamOnly = {
  steps: [
    { kind: 'queue' as const, budgetMinutes: 20, leaveWhen: ['budget_exceeded' as const] },
    { kind: 'supervisor' as const, budgetMinutes: 60, leaveWhen: [] },
  ],
  personFromStart: true,
};

describe('the ladder form', () => {
  it('knows every kind of step and condition, and starts a step as the default ladder has it', () => {
    expect(Object.keys(STEP_INFO)).toEqual([...RUNG_KINDS]);
    expect(Object.keys(CONDITION_LABELS).sort()).toEqual([...ENTRY_CONDITIONS].sort());
    expect(toDraft({ steps: [], personFromStart: false }).map((s) => s.enabled)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(fromDraft(toDraft(DEFAULT_LADDER), false)).toEqual(DEFAULT_LADDER);
    const allOn = toDraft({ steps: [], personFromStart: false }).map((s) => ({
      ...s,
      enabled: true,
    }));
    expect(fromDraft(allOn, false)).toEqual(DEFAULT_LADDER);
  });

  it('lists the chosen steps in order, then the unused ones switched off, and sends only those switched on', () => {
    const draft = toDraft(teamOnly);
    expect(draft.map((s) => [s.kind, s.enabled])).toEqual([
      ['queue', true],
      ['supervisor', true],
      ['bot', false],
      ['community', false],
      ['champion', false],
    ]);
    const botFirst = moved(moved(draft, 2, -1), 1, -1).map((s) =>
      s.kind === 'bot' ? { ...s, enabled: true, budget: '5' } : s,
    );
    expect(fromDraft(botFirst, true).steps.map((s) => [s.kind, s.budgetMinutes])).toEqual([
      ['bot', 5],
      ['queue', 20],
      ['supervisor', 60],
    ]);
    expect(moved(draft, 0, -1)).toBe(draft);
  });

  it("words the server's refusal in the form's terms", () => {
    const sent = fromDraft(toDraft(teamOnly), true);
    const refusal = describeRefusal(
      {
        code: 'invalid_input',
        message: 'Please fix: …',
        issues: [
          { path: 'steps.1.budgetMinutes', message: 'Too big: expected number to be <=1440' },
          { path: '(body)', message: 'a ladder must end with people' },
        ],
      },
      sent,
    );
    expect(refusal).toBe(
      'Not saved. Please fix: Supervisor, time budget in minutes: ' +
        'Too big: expected number to be <=1440; a ladder must end with people.',
    );
    expect(describeRefusal({ code: 'forbidden', message: 'Only an owner…' }, sent)).toBe(
      'Only an owner…',
    );
  });
});

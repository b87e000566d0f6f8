import { describe, expect, it } from 'vitest';
import { predictArrivalWait, type ArrivalInput, type StaffMember } from './arrival-wait.js';

const agent = (id: string, over: Partial<StaffMember> = {}): StaffMember => ({
  id,
  teamIds: ['brewing'],
  skills: {},
  chatCapacity: 3,
  status: 'available',
  ...over,
});
const input = (over: Partial<ArrivalInput> = {}): ArrivalInput => ({
  staff: [agent('laura')],
  onlineIds: new Set(['laura']),
  team: { id: 'brewing', requiredSkills: {} },
  loads: new Map(),
  waiting: 0,
  handleMinutes: 8,
  ...over,
});

describe('the predicted wait of a chat arriving now', () => {
  it('is about a minute when an online agent of the team has a free slot', () => {
    expect(predictArrivalWait(input())).toEqual({ agents: 1, freeSlots: 3, promiseMinutes: 1 });
  });

  it('is unknown (nobody can answer) when no agent of the team is online', () => {
    const wait = predictArrivalWait(input({ onlineIds: new Set() }));
    expect(wait).toEqual({ agents: 0, freeSlots: 0, promiseMinutes: null });
  });

  it('counts only available agents who take chats, in the team, with its skills', () => {
    const staff = [
      agent('away', { status: 'away' }),
      agent('no-chat', { chatCapacity: 0 }),
      agent('other', { teamIds: ['billing'] }),
      agent('junior', { skills: { brewing: 1 } }),
    ];
    const team = { id: 'brewing', requiredSkills: { brewing: 3 } };
    const online = new Set(staff.map((s) => s.id));
    expect(predictArrivalWait(input({ staff, onlineIds: online, team })).promiseMinutes).toBeNull();
    const senior = agent('senior', { skills: { brewing: 4 } });
    const wait = predictArrivalWait(
      input({ staff: [...staff, senior], onlineIds: new Set([...online, 'senior']), team }),
    );
    expect(wait.agents).toBe(1);
    const anyone = predictArrivalWait(input({ staff, onlineIds: online, team: undefined }));
    expect(anyone.agents).toBe(2); // without a team: anyone online and available with chats
  });

  it('grows past the promise when every slot is taken and others are already waiting', () => {
    const full = input({ loads: new Map([['laura', 3]]), waiting: 1 });
    // Second in line behind no free slot: (2 + √2) × 8 / 3 minutes, rounded up.
    expect(predictArrivalWait(full)).toEqual({ agents: 1, freeSlots: 0, promiseMinutes: 10 });
  });

  it('an agent over capacity takes nothing from a colleague’s free slots', () => {
    const staff = [agent('laura'), agent('omar')];
    const wait = predictArrivalWait(
      input({ staff, onlineIds: new Set(['laura', 'omar']), loads: new Map([['laura', 5]]) }),
    );
    expect(wait).toEqual({ agents: 2, freeSlots: 3, promiseMinutes: 1 });
  });
});

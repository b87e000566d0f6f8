import { DEFAULT_CAPACITY, estimateWait } from '../queue/wait-model.js';
import { meetsSkills } from '../routing/skills.js';

/** An agent as the staffing check sees them. */
export interface StaffMember {
  id: string;
  teamIds: readonly string[];
  skills: Readonly<Record<string, number>>;
  /** Chats at once; 0 or missing: does not take chats. */
  chatCapacity: number;
  status: 'available' | 'away';
}

export interface ArrivalInput {
  staff: readonly StaffMember[];
  /** Agents with a console open now (from presence). */
  onlineIds: ReadonlySet<string>;
  /** The team a new chat would join, with the skills it needs; undefined: anyone. */
  team?: { id: string; requiredSkills: Readonly<Record<string, number>> };
  /** Open chats each agent holds now. */
  loads: ReadonlyMap<string, number>;
  /** Chats already waiting for this team. */
  waiting: number;
  handleMinutes: number;
}

export interface ArrivalWait {
  /** Online, available agents of the team who take chats. */
  agents: number;
  freeSlots: number;
  /** Minutes the queue model would promise a chat arriving now; null: nobody can answer. */
  promiseMinutes: number | null;
}

/** Agents who could take a chat for this team now: online, available, qualified, with chats. */
export function takingAgents(input: Pick<ArrivalInput, 'staff' | 'onlineIds' | 'team'>) {
  const { team } = input;
  return input.staff.filter(
    (s) =>
      input.onlineIds.has(s.id) &&
      s.status === 'available' &&
      s.chatCapacity > 0 &&
      (!team || (s.teamIds.includes(team.id) && meetsSkills(s.skills, team.requiredSkills))),
  );
}

/**
 * The wait a chat arriving now would be promised: it joins the line behind those already
 * waiting (position = waiting + 1), served by the team's taking agents with the wait model.
 * An agent over capacity (a manual take) frees nothing, and does not eat into others' room.
 */
export function predictArrivalWait(input: ArrivalInput): ArrivalWait {
  const agents = takingAgents(input);
  const slots = agents.reduce((sum, a) => sum + a.chatCapacity, 0);
  const freeSlots = agents.reduce(
    (sum, a) => sum + Math.max(0, a.chatCapacity - (input.loads.get(a.id) ?? 0)),
    0,
  );
  const estimate = estimateWait(input.waiting + 1, {
    agentsOnline: agents.length,
    activeLoad: slots - freeSlots,
    capacity: DEFAULT_CAPACITY,
    slots,
    handleMinutes: input.handleMinutes,
  });
  return { agents: agents.length, freeSlots, promiseMinutes: estimate?.promise ?? null };
}

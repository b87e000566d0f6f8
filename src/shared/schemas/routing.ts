import { z } from 'zod';
import { BusinessHours } from './business-hours.js';

export const CHANNELS = ['chat', 'email', 'voice'] as const;
export type Channel = (typeof CHANNELS)[number];

// One list, kept in the zod-free labels module so the console can use it too (CONVENTIONS 13).
export { PRIORITIES, type Priority } from '../sla-labels.js';

const skillName = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, 'a skill needs a name')
  .max(40, 'a skill name has at most 40 characters')
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} _-]*$/u, 'a skill name uses letters, digits, spaces, - and _');

/** Skill name -> level 1 (basic) to 5 (expert). */
export const Skills = z
  .record(skillName, z.number().int().min(1, 'levels go from 1').max(5, 'levels go up to 5'))
  .refine((s) => Object.keys(s).length <= 30, 'at most 30 skills');
export type Skills = z.infer<typeof Skills>;

/** How many conversations of each channel an agent holds at once (0 = never routed that channel). */
export const Capacity = z.object({
  chat: z.number().int().min(0).max(20),
  email: z.number().int().min(0).max(50),
  voice: z.number().int().min(0).max(1),
});
export type Capacity = z.infer<typeof Capacity>;

export const DEFAULT_CAPACITY: Capacity = { chat: 3, email: 5, voice: 1 };

export const TeamInput = z.object({
  name: z.string().trim().min(1, 'a team needs a name').max(60),
  requiredSkills: Skills.default({}),
  memberIds: z.array(z.uuid()).max(1000).default([]),
});
export type TeamInput = z.infer<typeof TeamInput>;

/** A team's opening hours; null means always open. */
export const TeamHoursInput = z.object({ businessHours: BusinessHours.nullable() });
export type TeamHoursInput = z.infer<typeof TeamHoursInput>;

export interface TeamView {
  id: string;
  name: string;
  requiredSkills: Skills;
  memberIds: string[];
  /** Null: always open (also when the stored schedule is unreadable). */
  businessHours: BusinessHours | null;
  openNow: boolean;
  /** When it opens next (ISO), while closed; null when open or never opening again. */
  nextOpening: string | null;
}

/** Whether an agent takes new work now. Online or offline is known from their connections. */
export const AgentStatus = z.enum(['available', 'away']);
export type AgentStatus = z.infer<typeof AgentStatus>;

export const AgentProfileInput = z.object({ skills: Skills, capacity: Capacity });
export type AgentProfileInput = z.infer<typeof AgentProfileInput>;

export const AgentStatusInput = z.object({ status: AgentStatus });

export interface AgentProfileView {
  userId: string;
  skills: Skills;
  capacity: Capacity;
  status: AgentStatus;
  teamIds: string[];
}

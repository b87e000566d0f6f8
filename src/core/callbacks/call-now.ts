import { MINUTE_MS } from '../routing/zoned-time.js';
import { estimateWait } from '../queue/wait-model.js';
import { onShift, openTeams, type Caller, type Schedules } from './callers.js';

export interface NowInputs {
  now: Date;
  callers: Caller[];
  schedules: Schedules;
  /** Agents with a console open (presence). */
  online: ReadonlySet<string>;
  /** Open calls each agent holds. */
  load: ReadonlyMap<string, number>;
  /** Calls ahead of this one: waiting voice tasks and booked ones due within the promise. */
  ahead: number;
  /** Average minutes a call takes (observed, or the wait model's default). */
  handleMinutes: number;
  promiseMinutes: number;
}

export interface NowOffer {
  offered: boolean;
  /** Minutes the customer would be promised; null when nobody can call now. */
  etaMinutes: number | null;
}

/**
 * Whether "Call me now" can be promised. Someone must be able to call: online, available, on
 * shift, with the voice skill. Then the wait model the chat queue uses decides the wait: a free
 * caller means about a minute; otherwise calls in hand and ahead must end first. "Now" is offered
 * only when that promise is within the workspace's promise minutes.
 */
export function nowOffer(i: NowInputs): NowOffer {
  const open = openTeams(i.schedules, i.now, new Date(i.now.getTime() + MINUTE_MS));
  const taking = i.callers.filter((c) => c.available && i.online.has(c.id) && onShift(c, open));
  const estimate = estimateWait(i.ahead + 1, {
    agentsOnline: taking.length,
    activeLoad: taking.reduce((sum, c) => sum + Math.min(i.load.get(c.id) ?? 0, c.capacity), 0),
    capacity: 1,
    slots: taking.reduce((sum, c) => sum + c.capacity, 0),
    handleMinutes: i.handleMinutes,
  });
  if (!estimate) return { offered: false, etaMinutes: null };
  return { offered: estimate.promise <= i.promiseMinutes, etaMinutes: estimate.promise };
}

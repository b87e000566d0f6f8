import { CASE_TRANSITIONS, type CaseStatus } from '../../shared/case-labels.js';

export { CASE_TRANSITIONS };

/** Whether a case may move from one status to another (the console offers only these). */
export const canMoveCase = (from: CaseStatus, to: CaseStatus): boolean =>
  CASE_TRANSITIONS[from].includes(to);

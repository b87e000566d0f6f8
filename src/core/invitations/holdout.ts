import { createHash } from 'node:crypto';

/**
 * Whether a visitor belongs to a rule's control group: a hash of the rule and visitor ids mapped
 * to 0..99, so the same visitor always lands in the same group for a rule (across visits, tabs
 * and server nodes) and different rules split visitors independently.
 */
export function inHoldout(ruleId: string, visitorKey: string, percent: number): boolean {
  if (percent <= 0) return false;
  const digest = createHash('sha256').update(`${ruleId}:${visitorKey}`).digest();
  return digest.readUInt32BE(0) % 100 < percent;
}

import type { Db } from '../db.js';
import type { CallbackOutcomeValue } from './callbacks.js';

export interface CallbackAttemptRow {
  callback_id: string;
  agent_id: string | null;
  agent_name: string | null;
  outcome: CallbackOutcomeValue;
  note: string | null;
  rescheduled_to: Date | null;
  at: Date;
}

export async function insertCallbackAttempt(
  tx: Db,
  a: {
    workspace_id: string;
    callback_id: string;
    agent_id: string | null;
    outcome: CallbackOutcomeValue;
    note: string | null;
    rescheduled_to: Date | null;
    at: Date;
  },
): Promise<void> {
  await tx.query(
    `insert into callback_attempts
       (workspace_id, callback_id, agent_id, outcome, note, rescheduled_to, at)
     select $1, b.id, $3, $4, $5, $6, $7 from callbacks b where b.workspace_id = $1 and b.id = $2`,
    [a.workspace_id, a.callback_id, a.agent_id, a.outcome, a.note, a.rescheduled_to, a.at],
  );
}

/** Every attempt of these callbacks, oldest first, with the caller's name. */
export async function listCallbackAttempts(
  db: Db,
  workspaceId: string,
  callbackIds: string[],
): Promise<CallbackAttemptRow[]> {
  if (!callbackIds.length) return [];
  return db.query<CallbackAttemptRow>(
    `select a.callback_id, a.agent_id, u.name as agent_name, a.outcome, a.note, a.rescheduled_to,
        a.at
       from callback_attempts a left join users u on u.id = a.agent_id
      where a.workspace_id = $1 and a.callback_id = any($2::uuid[])
      order by a.id`,
    [workspaceId, callbackIds],
  );
}

import { claimDueCallbacks, claimDueReminders } from '../../db/queries/callback-tasks.js';
import { enqueueEmail } from '../../db/queries/email-outbox.js';
import type { CallbackSettings } from '../../shared/schemas/callbacks.js';
import type { ConversationDeps } from '../conversations/realtime-deps.js';
import { withCommittedEvents } from './after-commit.js';
import { callbackSettings } from './callback-settings.js';
import { phoneDisplay } from './callback-views.js';
import { openCallbackTask } from './open-callback-task.js';

const MAX_TASKS = 200;
const REMINDER_BATCH = 50;

/**
 * One pass of the callback clock over every workspace: the reminders owed now go to the email
 * outbox, and callbacks whose time has come (a booked slot, a retry) become tasks in the queue.
 * Both are idempotent and safe with several nodes sweeping one database: a reminder is marked
 * sent in the transaction that queues it, so it goes once, ever; a due callback is taken with
 * `skip locked` and is no longer due once it is a task.
 */
export async function sweepCallbacks(
  deps: ConversationDeps,
): Promise<{ reminders: number; tasks: number }> {
  const reminders = deps.emailEnabled ? await queueReminders(deps) : 0;
  const settings = new Map<string, CallbackSettings>();
  let tasks = 0;
  while (tasks < MAX_TASKS) {
    // One callback per transaction: a failing one does not hold back the rest.
    const opened = await withCommittedEvents(deps, async (tx) => {
      const [due] = await claimDueCallbacks(tx.db, tx.now(), 1);
      if (!due) return false;
      const policy =
        settings.get(due.workspace_id) ?? (await callbackSettings(tx, due.workspace_id));
      settings.set(due.workspace_id, policy);
      await openCallbackTask(tx, due, policy);
      return true;
    });
    if (!opened) break;
    tasks++;
  }
  return { reminders, tasks };
}

async function queueReminders(deps: ConversationDeps): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await deps.db.transaction(async (tx) => {
      const due = await claimDueReminders(tx, deps.now(), REMINDER_BATCH);
      for (const b of due) {
        await enqueueEmail(tx, {
          workspace_id: b.workspace_id,
          template: 'callback_reminder',
          to_address: b.email!,
          data: {
            company: b.company,
            name: b.name,
            phone: phoneDisplay(b.phone),
            slotStart: b.slot_start!.toISOString(),
            timeZone: b.time_zone,
          },
        });
      }
      return due.length;
    });
    total += n;
    if (n < REMINDER_BATCH) return total;
  }
}

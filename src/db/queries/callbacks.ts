import type { Db } from '../db.js';

export type CallbackStatusValue = 'scheduled' | 'queued' | 'completed' | 'failed' | 'cancelled';
export type CallbackOutcomeValue = 'reached' | 'no_answer' | 'wrong_number' | 'rescheduled';

export interface CallbackRow {
  id: string;
  workspace_id: string;
  contact_id: string | null;
  phone: string;
  name: string | null;
  email: string | null;
  note: string | null;
  time_zone: string | null;
  kind: 'now' | 'slot';
  slot_start: Date | null;
  slot_minutes: number | null;
  due_at: Date;
  status: CallbackStatusValue;
  outcome: CallbackOutcomeValue | null;
  tries: number;
  conversation_id: string | null;
  reminder_sent_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

/** A callback with who holds its task now (the conversation's assignee while it is open). */
export interface CallbackListRow extends CallbackRow {
  contact_name: string | null;
  assignee_id: string | null;
  assignee_name: string | null;
}

/** Statuses that hold a place: waiting for their time, or a task in the queue. */
export const LIVE = `('scheduled', 'queued')`;

const WITH_NAMES = `select b.*, k.name as contact_name, c.assignee_id, u.name as assignee_name
  from callbacks b
  left join contacts k on k.id = b.contact_id and k.workspace_id = b.workspace_id
  left join conversations c on c.id = b.conversation_id and c.workspace_id = b.workspace_id
    and c.status = 'open'
  left join users u on u.id = c.assignee_id`;

export type NewCallback = Omit<
  CallbackRow,
  'outcome' | 'tries' | 'reminder_sent_at' | 'updated_at' | 'conversation_id'
>;

/**
 * Inserts unless the (widget-made) id exists or the customer already has a live callback;
 * undefined when either was the case.
 */
export async function insertCallback(db: Db, b: NewCallback): Promise<CallbackRow | undefined> {
  const [row] = await db.query<CallbackRow>(
    `insert into callbacks (id, workspace_id, contact_id, phone, name, email, note, time_zone,
       kind, slot_start, slot_minutes, due_at, status, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14)
     on conflict do nothing returning *`,
    [
      b.id,
      b.workspace_id,
      b.contact_id,
      b.phone,
      b.name,
      b.email,
      b.note,
      b.time_zone,
      b.kind,
      b.slot_start,
      b.slot_minutes,
      b.due_at,
      b.status,
      b.created_at,
    ],
  );
  return row;
}

export async function findCallback(
  db: Db,
  workspaceId: string,
  id: string,
): Promise<CallbackListRow | undefined> {
  const [row] = await db.query<CallbackListRow>(
    `${WITH_NAMES} where b.workspace_id = $1 and b.id = $2`,
    [workspaceId, id],
  );
  return row;
}

export async function findCallbackOfConversation(
  db: Db,
  workspaceId: string,
  conversationId: string,
): Promise<CallbackListRow | undefined> {
  const [row] = await db.query<CallbackListRow>(
    `${WITH_NAMES} where b.workspace_id = $1 and b.conversation_id = $2`,
    [workspaceId, conversationId],
  );
  return row;
}

/** The customer's callback that is still to happen, if any. */
export async function findLiveCallbackOfContact(
  db: Db,
  workspaceId: string,
  contactId: string,
): Promise<CallbackRow | undefined> {
  const [row] = await db.query<CallbackRow>(
    `select * from callbacks
      where workspace_id = $1 and contact_id = $2 and status in ${LIVE}`,
    [workspaceId, contactId],
  );
  return row;
}

export async function lockCallback(
  tx: Db,
  workspaceId: string,
  id: string,
): Promise<CallbackRow | undefined> {
  const [row] = await tx.query<CallbackRow>(
    'select * from callbacks where workspace_id = $1 and id = $2 for update',
    [workspaceId, id],
  );
  return row;
}

/**
 * Serialises every booking of one slot, across connections and server nodes, for the rest of
 * the transaction; then counts the places already taken in it.
 */
export async function lockSlotBookings(tx: Db, workspaceId: string, slotStart: Date) {
  await tx.query('select pg_advisory_xact_lock(hashtextextended($1, 0))', [
    `callback-slot:${workspaceId}:${slotStart.toISOString()}`,
  ]);
  const [row] = await tx.query<{ n: number }>(
    `select count(*)::int as n from callbacks
      where workspace_id = $1 and slot_start = $2 and status in ${LIVE}`,
    [workspaceId, slotStart],
  );
  return row?.n ?? 0;
}

/** Serialises "call me now" bookings of a workspace, so each sees the ones before it. */
export async function lockNowBookings(tx: Db, workspaceId: string): Promise<void> {
  await tx.query('select pg_advisory_xact_lock(hashtextextended($1, 0))', [
    `callback-now:${workspaceId}`,
  ]);
}

/** Writes a callback's state as core decided it (run under its row lock). */
export async function saveCallbackState(
  tx: Db,
  b: Pick<
    CallbackRow,
    | 'id'
    | 'workspace_id'
    | 'kind'
    | 'slot_start'
    | 'slot_minutes'
    | 'due_at'
    | 'status'
    | 'outcome'
    | 'tries'
    | 'conversation_id'
    | 'reminder_sent_at'
  >,
  now: Date,
): Promise<CallbackRow> {
  const [row] = await tx.query<CallbackRow>(
    `update callbacks set kind = $3, slot_start = $4, slot_minutes = $5, due_at = $6, status = $7,
       outcome = $8, tries = $9, conversation_id = $10, reminder_sent_at = $11, updated_at = $12
     where workspace_id = $1 and id = $2 returning *`,
    [
      b.workspace_id,
      b.id,
      b.kind,
      b.slot_start,
      b.slot_minutes,
      b.due_at,
      b.status,
      b.outcome,
      b.tries,
      b.conversation_id,
      b.reminder_sent_at,
      now,
    ],
  );
  return row!;
}

export interface CallbackWindow {
  /** Live callbacks due before this are overdue. */
  overdueBefore: Date;
  /** The end of the reader's today. */
  dayEnd: Date;
  /** Closed callbacks since this are "done". */
  doneSince: Date;
}

// The window's bounds as named columns, so every view may use any of them.
const WINDOW = `(select $2::timestamptz as overdue_before, $3::timestamptz as day_end,
  $4::timestamptz as done_since) w`;

const VIEW_WHERE = {
  overdue: `b.status in ${LIVE} and b.due_at < w.overdue_before`,
  today: `b.status in ${LIVE} and b.due_at >= w.overdue_before and b.due_at < w.day_end`,
  upcoming: `b.status in ${LIVE} and b.due_at >= w.day_end`,
  done: `b.status not in ${LIVE} and b.updated_at >= w.done_since`,
} as const;

export type CallbackViewName = keyof typeof VIEW_WHERE;

export async function listCallbacks(
  db: Db,
  workspaceId: string,
  view: CallbackViewName,
  w: CallbackWindow,
  limit = 200,
): Promise<CallbackListRow[]> {
  const order = view === 'done' ? 'b.updated_at desc' : 'b.due_at, b.created_at';
  return db.query<CallbackListRow>(
    `${WITH_NAMES} cross join ${WINDOW}
      where b.workspace_id = $1 and ${VIEW_WHERE[view]} order by ${order} limit $5`,
    [workspaceId, w.overdueBefore, w.dayEnd, w.doneSince, limit],
  );
}

export async function countCallbacks(
  db: Db,
  workspaceId: string,
  w: CallbackWindow,
): Promise<Record<CallbackViewName, number>> {
  const [row] = await db.query<Record<CallbackViewName, number>>(
    `select ${Object.entries(VIEW_WHERE)
      .map(([name, where]) => `(count(*) filter (where ${where}))::int as ${name}`)
      .join(', ')}
       from callbacks b cross join ${WINDOW} where b.workspace_id = $1`,
    [workspaceId, w.overdueBefore, w.dayEnd, w.doneSince],
  );
  return row!;
}

import type { Db } from '../db.js';
import type { MessageRow, NewMessage } from './messages.js';

/** One send as the writer hands it over: `contact_guard` set when a customer writes. */
export interface MessageDraftRow extends Omit<NewMessage, 'seq'> {
  contact_guard?: string | undefined;
}

/**
 * What became of the drafts of a batch. `stored`: the rows new now, with only what the database
 * made (matched to their drafts by conversation and client id). By draft index: `duplicates`,
 * whose client id was already stored (the original row), and `retry`, whose conversation another
 * node wrote to while this statement waited for its lock. Drafts that may not write are in none.
 */
export interface BatchResult {
  stored: Pick<MessageRow, 'conversation_id' | 'client_id' | 'id' | 'seq' | 'created_at'>[];
  duplicates: { i: number; message: MessageRow }[];
  retry: number[];
}

// The batch goes in as one array per column (unnested in PostgreSQL, a third of the cost of
// taking the rows apart from one JSON document) and comes back as one JSON value: both drivers
// turn JSON into JavaScript natively, where rows are converted value by value in script. Times
// travel as epoch milliseconds.
//
// One statement, so one implicit transaction: the messages, the sequences and the webhook
// deliveries commit together or not at all.
//  c      locks the conversations in id order (writers never deadlock) and sees their newest
//         last_seq, even when another node committed after this statement's snapshot;
//  raced  are those where that happened: the snapshot may miss that node's client ids, so
//         their drafts are sent again (a new statement, a new snapshot) instead of guessed;
//  ok     drafts allowed to write: same workspace, a customer only to their own conversation;
//  old    client ids already stored (index probes; LIMIT 1 stops the planner from hashing the
//         whole messages table);
//  fresh  the rest, numbered after each conversation's last sequence in send order.
// A plain INSERT (no ON CONFLICT): a conflict here would mean a gap, so it must fail instead.
// activity_stamp and message_created_payload are SQL functions of migration 0020, shared with
// store_one_message.
// created_at is cut to milliseconds, what JavaScript and the wire carry, so the webhook's
// createdAt is exactly the ack's.
const STORE_BATCH = `
with d as (
  select (n - 1)::int as i, workspace_id, conversation_id, client_id, author_type, author_id,
    private, body, contact_guard
  from unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::uuid[], $6::boolean[],
    $7::text[], $8::uuid[]) with ordinality as d(workspace_id, conversation_id, client_id,
    author_type, author_id, private, body, contact_guard, n)
),
c as (
  select c.id, c.workspace_id, c.contact_id, c.last_seq from conversations c
  where c.id = any($9::uuid[]) and exists (
    select 1 from d where d.conversation_id = c.id and d.workspace_id = c.workspace_id
      and (d.contact_guard is null or d.contact_guard = c.contact_id))
  order by c.id
  for update
),
raced as (
  select c.id from c join conversations s on s.id = c.id where s.last_seq <> c.last_seq
),
ok as (
  select d.*, c.last_seq from d join c on c.id = d.conversation_id
    and c.workspace_id = d.workspace_id
  where (d.contact_guard is null or d.contact_guard = c.contact_id)
    and c.id not in (select id from raced)
),
old as (
  select ok.i, m.* from ok cross join lateral (
    select * from messages m
    where m.conversation_id = ok.conversation_id and m.client_id = ok.client_id limit 1) m
),
fresh as (
  select ok.*, ok.last_seq + row_number() over (partition by ok.conversation_id order by ok.i)
    as seq
  from ok where not exists (select 1 from old where old.i = ok.i)
),
ins as (
  insert into messages (workspace_id, conversation_id, seq, client_id, author_type, author_id,
    private, body, created_at)
  select workspace_id, conversation_id, seq, client_id, author_type, author_id, private, body,
    date_trunc('milliseconds', now())
  from fresh
  returning *
),
moved as (
  update conversations c set last_seq = f.seq, updated_at = activity_stamp(c.updated_at)
  from (select conversation_id, max(seq) as seq from fresh group by conversation_id) f
  where c.id = f.conversation_id
),
hooked as (
  insert into webhook_deliveries (workspace_id, endpoint_id, event, payload)
  select n.workspace_id, w.id, 'message.created', message_created_payload(n.conversation_id,
    n.seq, n.client_id, n.author_type, n.author_id, n.private, n.body, n.created_at)
  from ins n join webhook_endpoints w on w.workspace_id = n.workspace_id and w.active
    and 'message.created' = any (w.events)
)
select json_build_object(
  'stored', (select json_agg(json_build_array(conversation_id, client_id, id, seq,
    floor(extract(epoch from created_at) * 1000))) from ins),
  'old', (select json_agg(json_build_array(i, conversation_id, client_id, id, seq,
    floor(extract(epoch from created_at) * 1000), workspace_id, author_type, author_id, private,
    body)) from old),
  'retry', (select json_agg(d.i) from d join raced r on r.id = d.conversation_id)
) as outcome`;

// PGlite runs in this thread, and parsing and planning this statement costs it more than running
// it for a small batch. A plpgsql function keeps its plan for the session (PGlite has just one);
// a temporary one needs no migration and goes away with the process. PostgreSQL plans on its
// own cores, so it gets the statement itself.
const CREATE_FUNCTION = `create or replace function pg_temp.parley_store_batch(uuid[], uuid[],
  text[], text[], uuid[], boolean[], text[], uuid[], uuid[])
  returns setof json language plpgsql as $fn$
  begin return query ${STORE_BATCH}; end $fn$`;
const CALL_FUNCTION =
  'select outcome from pg_temp.parley_store_batch($1, $2, $3, $4, $5, $6, $7, $8, $9) as outcome';
const functionReady = new WeakMap<Db, Promise<void>>();

function ensureFunction(db: Db): Promise<void> {
  let ready = functionReady.get(db);
  if (!ready) {
    ready = db.exec(CREATE_FUNCTION);
    ready.catch(() => functionReady.delete(db));
    functionReady.set(db, ready);
  }
  return ready;
}

type Json = string | number | boolean | null;
interface Outcome {
  stored: Json[][] | null;
  old: Json[][] | null;
  retry: number[] | null;
}

/**
 * Stores a group-commit batch in one statement (see STORE_BATCH; a batch of one through the
 * function of migration 0019). Client ids must be unique per conversation within a batch.
 */
export async function storeMessageBatch(
  db: Db,
  drafts: readonly MessageDraftRow[],
): Promise<BatchResult> {
  if (drafts.length === 0) return { stored: [], duplicates: [], retry: [] };
  const rows = drafts.length === 1 ? await storeOne(db, drafts[0]!) : await storeMany(db, drafts);
  const { stored, old, retry } = rows[0]!.outcome;
  return {
    stored: (stored ?? []).map(([conversation_id, client_id, id, seq, at]) => ({
      conversation_id: conversation_id as string,
      client_id: client_id as string,
      id: id as number,
      seq: seq as number,
      created_at: new Date(at as number),
    })),
    duplicates: (old ?? []).map((r) => ({ i: r[0] as number, message: oldRow(r) })),
    retry: retry ?? [],
  };
}

// A lone message (light load) takes the steps of store_one_message (migrations 0019, 0020),
// which do the same for one draft with less work than the set-based statement.
const STORE_ONE = 'select store_one_message($1, $2, $3, $4, $5, $6, $7, $8) as outcome';

function storeOne(db: Db, d: MessageDraftRow) {
  const author = [d.workspace_id, d.conversation_id, d.client_id, d.author_type, d.author_id];
  return db.query<{ outcome: Outcome }>(
    STORE_ONE,
    [...author, d.private, d.body, d.contact_guard ?? null],
    { name: 'parley_store_one' },
  );
}

async function storeMany(db: Db, drafts: readonly MessageDraftRow[]) {
  const column = <K extends keyof MessageDraftRow>(k: K) => drafts.map((d) => d[k] ?? null);
  const params = [
    column('workspace_id'),
    column('conversation_id'),
    column('client_id'),
    column('author_type'),
    column('author_id'),
    column('private'),
    column('body'),
    column('contact_guard'),
    [...new Set(drafts.map((d) => d.conversation_id))],
  ];
  if (db.kind !== 'pglite')
    return db.query<{ outcome: Outcome }>(STORE_BATCH, params, { name: 'parley_store_batch' });
  await ensureFunction(db);
  return db.query<{ outcome: Outcome }>(CALL_FUNCTION, params);
}

function oldRow([, conversation_id, client_id, id, seq, at, ...rest]: Json[]): MessageRow {
  const [workspace_id, author_type, author_id, isPrivate, body] = rest;
  return {
    id: id as number,
    workspace_id: workspace_id as string,
    conversation_id: conversation_id as string,
    seq: seq as number,
    client_id: client_id as string,
    author_type: author_type as MessageRow['author_type'],
    author_id: author_id as string | null,
    private: isPrivate as boolean,
    body: body as string,
    created_at: new Date(at as number),
  };
}

import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { Db } from '../src/db/db.js';
import { migrate } from '../src/db/migrate.js';
import { insertMessages, latestMessages, type NewMessage } from '../src/db/queries/messages.js';
import { insertWorkspace } from '../src/db/queries/workspaces.js';
import { percentile } from './report.js';

/** Sizes chosen so both backends together finish in about three minutes on two cores. */
export const SIZES = {
  conversations: 1_000,
  singleRows: 2_000,
  batchRows: 50_000,
  batchSize: 100,
  totalRows: 1_000_000,
  selects: 2_000,
  selectLimit: 50,
};

export interface WorkloadFigures {
  singleRowsPerSec: number;
  batchRowsPerSec: number;
  bulkLoadMs: number;
  selectP50Ms: number;
  selectP99Ms: number;
}

/**
 * Runs the storage workload on a freshly opened, empty database: the real migrations, the real
 * query functions for everything measured, and plain SQL only to seed what is not measured.
 */
export async function runWorkload(
  db: Db,
  progress: (line: string) => void,
): Promise<WorkloadFigures> {
  await migrate(db);
  const workspaceId = randomUUID();
  await insertWorkspace(db, {
    id: workspaceId,
    name: 'Bench',
    public_key: `pk_bench_${workspaceId}`,
    identity_secret: 'bench',
    is_demo: false,
  });
  await db.query(
    `insert into conversations (id, workspace_id, subject)
     select gen_random_uuid(), $1, 'bench ' || g from generate_series(1, $2::int) g`,
    [workspaceId, SIZES.conversations],
  );
  const conversations = (
    await db.query<{ id: string }>('select id from conversations where workspace_id = $1', [
      workspaceId,
    ])
  ).map((r) => r.id);
  const messages = new MessageMaker(workspaceId, conversations);

  progress(`${db.kind}: single-row inserts`);
  for (let i = 0; i < 200; i++) await insertMessages(db, [messages.next()]); // warm-up
  const singleMs = await timed(async () => {
    for (let i = 0; i < SIZES.singleRows; i++) {
      await insertMessages(db, [messages.next()]);
      if (i % 100 === 0) await yieldToEventLoop();
    }
  });

  progress(`${db.kind}: batched inserts`);
  const batches = SIZES.batchRows / SIZES.batchSize;
  for (let i = 0; i < 10; i++) await insertMessages(db, messages.batch(SIZES.batchSize));
  const batchMs = await timed(async () => {
    for (let i = 0; i < batches; i++) {
      await insertMessages(db, messages.batch(SIZES.batchSize));
      await yieldToEventLoop();
    }
  });

  progress(`${db.kind}: bulk-loading to ${SIZES.totalRows.toLocaleString('en-US')} messages`);
  const bulkLoadMs = await timed(() => bulkLoad(db, workspaceId));

  progress(`${db.kind}: latest-${SIZES.selectLimit} selects`);
  const pick = () => conversations[Math.floor(Math.random() * conversations.length)]!;
  for (let i = 0; i < 200; i++) await latestMessages(db, workspaceId, pick(), SIZES.selectLimit);
  const latencies: number[] = [];
  for (let i = 0; i < SIZES.selects; i++) {
    await yieldToEventLoop();
    const conversationId = pick();
    const t0 = performance.now();
    const rows = await latestMessages(db, workspaceId, conversationId, SIZES.selectLimit);
    latencies.push(performance.now() - t0);
    if (rows.length !== SIZES.selectLimit) throw new Error(`expected 50 rows, got ${rows.length}`);
  }

  return {
    singleRowsPerSec: (SIZES.singleRows / singleMs) * 1000,
    batchRowsPerSec: (SIZES.batchRows / batchMs) * 1000,
    bulkLoadMs,
    selectP50Ms: percentile(latencies, 50),
    selectP99Ms: percentile(latencies, 99),
  };
}

/**
 * Tops the table up to SIZES.totalRows with one INSERT ... SELECT, rows interleaved across all
 * conversations as live traffic would leave them (so a conversation's rows share few pages).
 */
async function bulkLoad(db: Db, workspaceId: string): Promise<void> {
  const [{ n } = { n: 0 }] = await db.query<{ n: number }>(
    'select count(*)::int as n from messages',
  );
  await db.query(
    `with c as (
       select id, (row_number() over (order by id) - 1)::int as k
       from conversations where workspace_id = $1)
     insert into messages (workspace_id, conversation_id, seq, client_id, author_type, body)
     select $1, c.id, 1000000 + g / $3::int, 'bulk-' || g,
       case when g % 2 = 0 then 'contact' else 'agent' end,
       'Bulk message ' || g || ': my order has not arrived yet, can you check the tracking?'
     from generate_series(0, $2::int - 1) g join c on c.k = g % $3::int`,
    [workspaceId, SIZES.totalRows - n, SIZES.conversations],
  );
  // Fresh statistics and visibility, as autovacuum would leave a table that has been live a while.
  await db.exec('vacuum analyze messages');
}

/**
 * PGlite answers through promises alone, so a loop of awaited queries never lets timers or
 * signal handlers run; yielding now and then keeps Ctrl-C (and its cleanup) responsive.
 */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

async function timed(fn: () => Promise<void>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/** Chat-sized messages on random conversations, each with the next sequence number there. */
class MessageMaker {
  private readonly seqs = new Map<string, number>();
  private count = 0;

  constructor(
    private readonly workspaceId: string,
    private readonly conversations: readonly string[],
  ) {}

  next(): NewMessage {
    const conversationId =
      this.conversations[Math.floor(Math.random() * this.conversations.length)]!;
    const seq = (this.seqs.get(conversationId) ?? 0) + 1;
    this.seqs.set(conversationId, seq);
    this.count++;
    return {
      workspace_id: this.workspaceId,
      conversation_id: conversationId,
      seq,
      client_id: `c-${this.count}-${seq}`,
      author_type: this.count % 2 === 0 ? 'contact' : 'agent',
      author_id: null,
      private: false,
      body: `Message ${this.count}: thanks, the replacement kettle arrived and works fine.`,
    };
  }

  batch(size: number): NewMessage[] {
    return Array.from({ length: size }, () => this.next());
  }
}

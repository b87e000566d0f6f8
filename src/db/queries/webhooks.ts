import type { Db } from '../db.js';

export interface WebhookEndpointRow {
  id: string;
  workspace_id: string;
  url: string;
  secret: string;
  events: string[];
  active: boolean;
  created_at: Date;
}

export interface DeliveryRow {
  id: number;
  workspace_id: string;
  endpoint_id: string;
  event: string;
  payload: unknown;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  next_attempt_at: Date;
  last_status: number | null;
  last_error: string | null;
  created_at: Date;
  delivered_at: Date | null;
}

export async function insertEndpoint(
  db: Db,
  e: Pick<WebhookEndpointRow, 'id' | 'workspace_id' | 'url' | 'secret' | 'events'>,
): Promise<WebhookEndpointRow> {
  const [row] = await db.query<WebhookEndpointRow>(
    `insert into webhook_endpoints (id, workspace_id, url, secret, events)
     values ($1, $2, $3, $4, $5) returning *`,
    [e.id, e.workspace_id, e.url, e.secret, e.events],
  );
  return row!;
}

export async function listEndpoints(db: Db, workspaceId: string): Promise<WebhookEndpointRow[]> {
  return db.query<WebhookEndpointRow>(
    'select * from webhook_endpoints where workspace_id = $1 and active order by created_at',
    [workspaceId],
  );
}

export async function deactivateEndpoint(
  db: Db,
  workspaceId: string,
  id: string,
): Promise<boolean> {
  // Deliveries still waiting for a retry stop with the endpoint; the log says why.
  const rows = await db.query(
    `with gone as (
       update webhook_endpoints set active = false
       where workspace_id = $1 and id = $2 returning id),
     stopped as (
       update webhook_deliveries set status = 'failed', last_error = 'endpoint deleted'
       where endpoint_id in (select id from gone) and status = 'pending')
     select id from gone`,
    [workspaceId, id],
  );
  return rows.length > 0;
}

/**
 * Queues one delivery per (event, subscribed active endpoint) in a single statement; called
 * inside the transaction that makes the change. Does nothing when no endpoint listens.
 */
export async function enqueueDeliveries(
  db: Db,
  events: readonly { workspace_id: string; event: string; payload: unknown }[],
): Promise<number> {
  if (events.length === 0) return 0;
  const rows = await db.query(
    `insert into webhook_deliveries (workspace_id, endpoint_id, event, payload)
     select e.workspace_id, w.id, e.event, e.payload
     from unnest($1::uuid[], $2::text[], $3::jsonb[]) as e(workspace_id, event, payload)
     join webhook_endpoints w on w.workspace_id = e.workspace_id and w.active and e.event = any (w.events)
     returning id`,
    [
      events.map((e) => e.workspace_id),
      events.map((e) => e.event),
      events.map((e) => JSON.stringify(e.payload)),
    ],
  );
  return rows.length;
}

/**
 * Leases due deliveries for `leaseMs`: another node skips locked rows and, after the lease,
 * a delivery whose sender died becomes due again. Returns them with their endpoint.
 */
export async function claimDue(
  db: Db,
  now: Date,
  limit: number,
  leaseMs: number,
): Promise<(DeliveryRow & { url: string; secret: string })[]> {
  return db.query(
    `with due as (
       select id from webhook_deliveries
       where status = 'pending' and next_attempt_at <= $1
       order by next_attempt_at limit $2
       for update skip locked)
     update webhook_deliveries d set next_attempt_at = $1::timestamptz + ($3 || ' milliseconds')::interval
     from due, webhook_endpoints w
     where d.id = due.id and w.id = d.endpoint_id
     returning d.*, w.url, w.secret`,
    [now, limit, String(leaseMs)],
  );
}

export async function recordAttempt(
  db: Db,
  r: {
    id: number;
    status: DeliveryRow['status'];
    httpStatus: number | null;
    error: string | null;
    nextAttemptAt: Date;
    now: Date;
  },
): Promise<void> {
  await db.query(
    `update webhook_deliveries set status = $2, attempts = attempts + 1, last_status = $3,
       last_error = $4, next_attempt_at = $5,
       delivered_at = case when $2 = 'delivered' then $6::timestamptz else null end
     where id = $1`,
    [r.id, r.status, r.httpStatus, r.error, r.nextAttemptAt, r.now],
  );
}

export async function listDeliveries(
  db: Db,
  workspaceId: string,
  endpointId: string,
  limit: number,
): Promise<DeliveryRow[]> {
  return db.query<DeliveryRow>(
    `select * from webhook_deliveries where workspace_id = $1 and endpoint_id = $2
     order by id desc limit $3`,
    [workspaceId, endpointId, limit],
  );
}

import { randomUUID } from 'node:crypto';
import {
  deactivateEndpoint,
  insertEndpoint,
  listDeliveries,
  listEndpoints,
  type DeliveryRow,
  type WebhookEndpointRow,
} from '../../db/queries/webhooks.js';
import type { WebhookEvent } from '../../shared/webhooks.js';
import { randomToken } from '../auth/secrets.js';
import type { CoreDeps } from '../deps.js';
import { AppError, notFound } from '../errors.js';

/** Registers an endpoint. Its signing secret is returned here, and shown once. */
export async function createWebhookEndpoint(
  deps: Pick<CoreDeps, 'db'>,
  input: { workspaceId: string; url: string; events: WebhookEvent[] },
): Promise<WebhookEndpointRow> {
  const url = new URL(input.url);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new AppError(
      'invalid_input',
      'A webhook URL must start with https:// (or http:// for testing).',
    );
  }
  return insertEndpoint(deps.db, {
    id: randomUUID(),
    workspace_id: input.workspaceId,
    url: url.toString(),
    secret: `whsec_${randomToken(24)}`,
    events: [...new Set(input.events)],
  });
}

export async function listWebhookEndpoints(deps: Pick<CoreDeps, 'db'>, workspaceId: string) {
  return listEndpoints(deps.db, workspaceId);
}

export async function deleteWebhookEndpoint(
  deps: Pick<CoreDeps, 'db'>,
  workspaceId: string,
  id: string,
) {
  if (!(await deactivateEndpoint(deps.db, workspaceId, id))) throw notFound('Webhook endpoint');
}

/** The delivery log of one endpoint, newest first. */
export async function listWebhookDeliveries(
  deps: Pick<CoreDeps, 'db'>,
  workspaceId: string,
  endpointId: string,
): Promise<DeliveryRow[]> {
  const endpoints = await listEndpoints(deps.db, workspaceId);
  if (!endpoints.some((e) => e.id === endpointId)) throw notFound('Webhook endpoint');
  return listDeliveries(deps.db, workspaceId, endpointId, 100);
}

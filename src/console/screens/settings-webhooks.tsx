import { useState } from 'preact/hooks';
import type {
  CreatedWebhookEndpoint,
  WebhookEndpointView,
} from '../../shared/schemas/webhook-views.js';
import type { Api, ApiError } from '../api.js';
import { Alert } from '../components/alert.js';
import { useGet } from '../use-get.js';
import { WebhookForm } from './webhook-form.js';
import { NewSecretBox, WebhookRow } from './webhook-parts.js';

/**
 * Webhook endpoints (owners and admins): add one (its signing secret is shown once), see what
 * was sent to it and how that went, and delete it.
 */
export function Webhooks({ api }: { api: Api }) {
  const [list, reload] = useGet<{ endpoints: WebhookEndpointView[] }>(api, '/webhooks');
  const [created, setCreated] = useState<CreatedWebhookEndpoint>();
  const [error, setError] = useState<ApiError | string>();

  const onCreated = (endpoint: CreatedWebhookEndpoint) => {
    setCreated(endpoint);
    reload();
  };
  const remove = async (endpoint: WebhookEndpointView) => {
    setError(undefined);
    const result = await api.del(`/webhooks/${endpoint.id}`);
    if (!result.ok) return setError(result.error);
    if (created?.id === endpoint.id) setCreated(undefined);
    reload();
  };

  return (
    <section class="card" aria-labelledby="webhooks-heading">
      <h2 id="webhooks-heading">Webhooks</h2>
      <p class="muted">
        Parley sends a signed POST to your endpoint when something happens. Check each request with
        the endpoint’s secret: the <code>x-parley-signature</code> header holds an HMAC-SHA256 of
        the timestamp and body. Failed deliveries are retried, waiting longer each time, for several
        hours.
      </p>
      {created && <NewSecretBox endpoint={created} onDone={() => setCreated(undefined)} />}
      <Alert error={error ?? (list.status === 'error' ? list.error : undefined)} />
      <WebhookForm api={api} onCreated={onCreated} />
      {list.status === 'loading' && <p class="muted">Loading endpoints…</p>}
      {list.status === 'ok' && list.data.endpoints.length === 0 && (
        <p class="muted">No endpoints yet.</p>
      )}
      {list.status === 'ok' && list.data.endpoints.length > 0 && (
        <ul class="list" aria-label="Webhook endpoints">
          {list.data.endpoints.map((e) => (
            <WebhookRow key={e.id} api={api} endpoint={e} onDelete={() => remove(e)} />
          ))}
        </ul>
      )}
    </section>
  );
}

import { useEffect, useState } from 'preact/hooks';
import type { WebhookDeliveryView } from '../../shared/schemas/webhook-views.js';
import type { Api } from '../api.js';
import { clock, formatDate } from '../format.js';
import { useGet } from '../use-get.js';

const STATUS_LABEL: Record<WebhookDeliveryView['status'], string> = {
  delivered: 'Delivered',
  pending: 'Pending',
  failed: 'Failed',
};

/**
 * What was sent to one endpoint, newest first (the last 100), and how it went. A table on a
 * desktop; on a phone each delivery stacks into a small card (see styles/webhooks.css).
 * Error texts come from the receiving server and are shown as text only.
 */
export function DeliveryLog({ api, endpointId }: { api: Api; endpointId: string }) {
  const [log, reload] = useGet<{ deliveries: WebhookDeliveryView[] }>(
    api,
    `/webhooks/${endpointId}/deliveries`,
  );
  const [refreshing, setRefreshing] = useState(false);
  const [checkedAt, setCheckedAt] = useState<string>();
  useEffect(() => {
    if (log.status === 'loading') return;
    setRefreshing(false);
    setCheckedAt(new Date().toISOString());
  }, [log]);

  const refresh = () => {
    setRefreshing(true);
    reload();
  };

  return (
    <div class="delivery-log">
      <div class="log-head">
        <h3 class="small">Delivery log</h3>
        <button
          type="button"
          class="button small secondary"
          aria-disabled={refreshing ? 'true' : undefined}
          onClick={() => !refreshing && refresh()}
        >
          {refreshing ? 'Refreshing…' : 'Refresh'}
        </button>
        <p class="small muted" aria-live="polite">
          {checkedAt && !refreshing ? `Checked at ${clock(checkedAt)}` : ''}
        </p>
      </div>
      {log.status === 'loading' && <p class="muted small">Loading deliveries…</p>}
      {log.status === 'error' && <p class="small msg-error">{log.error.message}</p>}
      {log.status === 'ok' && log.data.deliveries.length === 0 && (
        <p class="muted small">
          Nothing sent yet. Deliveries appear here when one of its events happens.
        </p>
      )}
      {log.status === 'ok' && log.data.deliveries.length > 0 && (
        <table class="deliveries small">
          <thead>
            <tr>
              <th scope="col">Event</th>
              <th scope="col">Status</th>
              <th scope="col">Attempts</th>
              <th scope="col">Last HTTP status</th>
              <th scope="col">Last error</th>
              <th scope="col">Next attempt</th>
            </tr>
          </thead>
          <tbody>
            {log.data.deliveries.map((d) => (
              <DeliveryRow key={d.id} d={d} />
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

function DeliveryRow({ d }: { d: WebhookDeliveryView }) {
  return (
    <tr>
      <td data-label="Event">
        <span>
          <code>{d.event}</code>
          <span class="muted small delivery-when">{when(d.createdAt)}</span>
        </span>
      </td>
      <td data-label="Status">
        <span class={`badge delivery-${d.status}`}>{STATUS_LABEL[d.status]}</span>
      </td>
      <td data-label="Attempts">{d.attempts}</td>
      <td data-label="Last HTTP status">{d.lastStatus ?? '—'}</td>
      <td data-label="Last error" class="break">
        {d.lastError ?? '—'}
      </td>
      <td data-label="Next attempt">{d.nextAttemptAt ? when(d.nextAttemptAt) : '—'}</td>
    </tr>
  );
}

/** Today as a time of day, otherwise with the date. */
function when(iso: string) {
  const sameDay = new Date(iso).toDateString() === new Date().toDateString();
  return sameDay ? clock(iso) : `${formatDate(iso)} ${clock(iso)}`;
}

import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type {
  CreatedWebhookEndpoint,
  WebhookEndpointView,
} from '../../shared/schemas/webhook-views.js';
import type { Api } from '../api.js';
import { SecretShownOnce } from '../components/secret-shown-once.js';
import { formatDate } from '../format.js';
import { DeliveryLog } from './webhook-deliveries.js';

/** The only time an endpoint's signing secret is visible: right after it was added. */
export function NewSecretBox(props: { endpoint: CreatedWebhookEndpoint; onDone: () => void }) {
  return (
    <SecretShownOnce
      label="New webhook secret"
      secret={props.endpoint.secret}
      testId="webhook-secret"
      copyLabel="Copy secret"
      onDone={props.onDone}
    >
      <p class="strong break">Endpoint {props.endpoint.url} added</p>
      <p>
        Copy its signing secret now and keep it with the code that checks signatures. It will not be
        shown again.
      </p>
    </SecretShownOnce>
  );
}

interface RowProps {
  api: Api;
  endpoint: WebhookEndpointView;
  onDelete: () => void;
}

/** One endpoint: where it points and what it gets; its delivery log opens in place. */
export function WebhookRow({ api, endpoint, onDelete }: RowProps) {
  const [showLog, setShowLog] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const logId = useId();
  const cancel = useRef<HTMLButtonElement>(null);
  const del = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  // The button pressed goes away: focus moves to the safe choice, and back again after it.
  useEffect(() => {
    if (confirming) cancel.current?.focus();
    else if (asked.current) del.current?.focus();
    asked.current = confirming;
  }, [confirming]);
  return (
    <li class="list-row webhook-row">
      <div class="grow">
        <p class="strong break">{endpoint.url}</p>
        <p class="muted small">
          {endpoint.events.join(', ')} · added {formatDate(endpoint.createdAt)}
        </p>
      </div>
      <div class="actions">
        <button
          type="button"
          class="button small secondary"
          aria-expanded={showLog}
          aria-controls={logId}
          onClick={() => setShowLog(!showLog)}
        >
          {showLog ? 'Hide delivery log' : 'Delivery log'}
        </button>
        {!confirming && (
          <button
            type="button"
            class="button small danger-outline"
            ref={del}
            onClick={() => setConfirming(true)}
          >
            Delete<span class="visually-hidden"> {endpoint.url}</span>
          </button>
        )}
      </div>
      {confirming && (
        <div class="confirm" role="group" aria-label={`Delete ${endpoint.url}?`}>
          <span class="small">New events stop going to it, and its log is no longer shown.</span>
          <button type="button" class="button small danger" onClick={onDelete}>
            Yes, delete
          </button>
          <button
            type="button"
            class="button small secondary"
            ref={cancel}
            onClick={() => setConfirming(false)}
          >
            Cancel
          </button>
        </div>
      )}
      <div id={logId} class="delivery-log-slot">
        {showLog && <DeliveryLog api={api} endpointId={endpoint.id} />}
      </div>
    </li>
  );
}

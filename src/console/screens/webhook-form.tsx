import { useState } from 'preact/hooks';
import type { CreatedWebhookEndpoint } from '../../shared/schemas/webhook-views.js';
import { WEBHOOK_EVENTS, type WebhookEvent } from '../../shared/webhooks.js';
import type { Api, ApiError } from '../api.js';
import { Alert } from '../components/alert.js';
import { Field } from '../components/field.js';

/** What each event means to the person choosing it. */
export const EVENT_HINTS: Record<WebhookEvent, string> = {
  'conversation.created': 'A customer starts a conversation',
  'message.created': 'Any new message (private notes too, marked as private)',
  'conversation.assigned': 'A conversation is assigned or unassigned',
  'conversation.resolved': 'A conversation is resolved',
  'case.updated': 'A complaint case is opened or changes (status, owner, due, actions)',
  'feedback.created': 'A customer answers a survey or writes a review',
};

/** Adds an endpoint: its URL and the events it wants (all of them unless unticked). */
export function WebhookForm(props: {
  api: Api;
  onCreated: (endpoint: CreatedWebhookEndpoint) => void;
}) {
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<WebhookEvent[]>([...WEBHOOK_EVENTS]);
  const [error, setError] = useState<ApiError | string>();
  const [badUrl, setBadUrl] = useState(false);
  const [busy, setBusy] = useState(false);

  const toggle = (event: WebhookEvent, on: boolean) =>
    setEvents((now) => WEBHOOK_EVENTS.filter((e) => (e === event ? on : now.includes(e))));

  const submit = async (e: Event) => {
    e.preventDefault();
    const problem = check(url.trim(), events);
    setBadUrl(problem?.field === 'url');
    if (problem) return setError(problem.message);
    setBusy(true);
    setError(undefined);
    const result = await props.api.post<CreatedWebhookEndpoint>('/webhooks', {
      url: url.trim(),
      events,
    });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setUrl('');
    setEvents([...WEBHOOK_EVENTS]);
    props.onCreated(result.data);
  };

  return (
    <form class="webhook-form" onSubmit={submit} noValidate>
      <Alert error={error} />
      <Field
        label="Endpoint URL"
        value={url}
        onInput={setUrl}
        maxLength={2000}
        invalid={badUrl}
        hint="Where Parley should POST, such as https://example.com/parley/webhooks"
      />
      <fieldset class="event-choices">
        <legend>Events to send</legend>
        {WEBHOOK_EVENTS.map((event) => (
          <label key={event} class="check">
            <input
              type="checkbox"
              checked={events.includes(event)}
              onChange={(e) => toggle(event, e.currentTarget.checked)}
            />
            <span>
              <code>{event}</code>
              <span class="small muted"> {EVENT_HINTS[event]}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <button type="submit" class="button primary" disabled={busy}>
        {busy ? 'Adding…' : 'Add endpoint'}
      </button>
    </form>
  );
}

/** The same rules as the server, said before the round trip. */
function check(url: string, events: WebhookEvent[]) {
  if (!url)
    return { field: 'url', message: 'Enter the URL that should receive the webhooks.' } as const;
  if (!/^https?:\/\/[^\s/]+/i.test(url))
    return {
      field: 'url',
      message: 'The URL must start with https:// (or http:// for testing).',
    } as const;
  if (events.length === 0)
    return { field: 'events', message: 'Pick at least one event to send.' } as const;
  return undefined;
}

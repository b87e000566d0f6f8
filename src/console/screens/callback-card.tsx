import { useEffect, useState } from 'preact/hooks';
import { OUTCOME_LABELS } from '../../shared/callback-labels.js';
import type { CallbackView } from '../../shared/schemas/callbacks.js';
import type { Api } from '../api.js';
import { callbackState, callbackWhen, moment } from '../callback-format.js';
import { CallbackOutcomeForm } from './callback-outcome.js';

/** Decorative, like the other navigation icons. */
export const CallbacksIcon = () => (
  <svg
    width="24"
    height="24"
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    stroke-width="1.8"
    stroke-linecap="round"
    stroke-linejoin="round"
    aria-hidden="true"
    focusable="false"
  >
    <path d="M6.6 3.5h2.6l1.3 4-1.9 1.3a11 11 0 0 0 6.6 6.6l1.3-1.9 4 1.3v2.6a2 2 0 0 1-2.2 2A16 16 0 0 1 4.6 5.7a2 2 0 0 1 2-2.2Z" />
  </svg>
);

/**
 * One callback for the agent who dials: the number as a tap-to-call link (a phone dials it),
 * what the customer asked about, every call so far, and the outcome form while it is live.
 */
export function CallbackCard(props: {
  api: Api;
  callback: CallbackView;
  headingLevel?: 2 | 3;
  /** An outcome was recorded (the list reloads). */
  onChange?: (c: CallbackView) => void;
}) {
  const [c, setC] = useState(props.callback);
  useEffect(() => setC(props.callback), [props.callback]);
  const live = c.status === 'scheduled' || c.status === 'queued';
  const Heading = props.headingLevel === 2 ? 'h2' : 'h3';

  return (
    <section
      class={`cb-card${c.overdue ? ' overdue' : ''}`}
      aria-label={`Callback to ${c.phoneDisplay}`}
    >
      <div class="cb-card-top">
        <Heading class="cb-name">{c.name ?? 'Visitor'}</Heading>
        <span class={`badge cb-${c.status}`}>{callbackState(c)}</span>
      </div>
      <a class="button primary cb-dial" href={`tel:${c.phone}`}>
        Call {c.phoneDisplay}
      </a>
      <dl class="cb-facts">
        <dt>When</dt>
        <dd>
          {callbackWhen(c)}
          {c.overdue && <strong class="cb-late"> · overdue</strong>}
        </dd>
        <dt>Calls</dt>
        <dd>
          {c.tries} of {c.maxAttempts} since booked
        </dd>
        {c.note && (
          <>
            <dt>About</dt>
            <dd class="cb-note">{c.note}</dd>
          </>
        )}
        {c.email && (
          <>
            <dt>Email</dt>
            <dd>{c.email}</dd>
          </>
        )}
      </dl>
      {c.attempts.length > 0 && (
        <ol class="cb-attempts" aria-label="Calls made">
          {c.attempts.map((a, i) => (
            <li key={i}>
              <span class="strong">{OUTCOME_LABELS[a.outcome]}</span> · {moment(a.at)}
              {a.agentName && ` · ${a.agentName}`}
              {a.rescheduledTo && ` · moved to ${moment(a.rescheduledTo)}`}
              {a.note && <span class="cb-note block">{a.note}</span>}
            </li>
          ))}
        </ol>
      )}
      {live && (
        <CallbackOutcomeForm
          api={props.api}
          callback={c}
          onSaved={(next) => {
            setC(next);
            props.onChange?.(next);
          }}
        />
      )}
    </section>
  );
}

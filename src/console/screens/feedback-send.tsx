import { useState } from 'preact/hooks';
import type { SendSurveyResult } from '../../shared/schemas/surveys.js';
import type { Api, ApiError } from '../api.js';
import { Alert, Notice } from '../components/alert.js';

/** Owners and admins send NPS or the CX index by email: to everyone seen lately, or to a list. */
export function FeedbackSend({ api, emailEnabled }: { api: Api; emailEnabled: boolean }) {
  const [kind, setKind] = useState<'nps' | 'cx'>('nps');
  const [audience, setAudience] = useState<'seen' | 'emails'>('seen');
  const [days, setDays] = useState('30');
  const [emails, setEmails] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | string>();
  const [done, setDone] = useState<string>();

  if (!emailEnabled) {
    return (
      <section class="card" aria-labelledby="send-heading">
        <h2 id="send-heading">Send a survey</h2>
        <p class="muted">
          Email is not set up on this server. Set <code>SMTP_URL</code> and <code>MAIL_FROM</code>{' '}
          to send NPS by email, or get survey links to hand out from the REST API (
          <code>POST /api/v1/surveys/send</code> with <code>"deliver": "link"</code>).
        </p>
      </section>
    );
  }

  const send = async (event: Event) => {
    event.preventDefault();
    setError(undefined);
    setDone(undefined);
    const list = emails.split(/[\s,;]+/).filter(Boolean);
    if (audience === 'emails' && !list.length) return setError('Enter at least one email address.');
    setBusy(true);
    const body =
      audience === 'seen' ? { kind, seenWithinDays: Number(days) } : { kind, emails: list };
    const result = await api.post<SendSurveyResult>('/feedback/send', body);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    const r = result.data;
    const held = r.suppressed.fatigue + r.suppressed.sampling + r.suppressed.no_channel;
    setDone(
      `Sent to ${r.offered} customer${r.offered === 1 ? '' : 's'}.` +
        (held ? ` ${held} held back (${r.suppressed.fatigue} surveyed recently).` : '') +
        (r.unknown ? ` ${r.unknown} not found.` : '') +
        (r.more ? ' More are waiting: send again for the next ones.' : ''),
    );
  };

  return (
    <form class="card fb-send" onSubmit={send} aria-labelledby="send-heading">
      <h2 id="send-heading">Send a survey</h2>
      <p class="muted">
        By email, from your name. Customers surveyed within the fatigue window are skipped.
      </p>
      <Alert error={error} />
      <Notice message={done} />
      <fieldset class="fb-choice">
        <legend>Survey</legend>
        <label>
          <input
            type="radio"
            name="kind"
            checked={kind === 'nps'}
            onChange={() => setKind('nps')}
          />{' '}
          NPS: how likely to recommend us (0–10)
        </label>
        <label>
          <input type="radio" name="kind" checked={kind === 'cx'} onChange={() => setKind('cx')} />{' '}
          CX index: effective, easy, enjoyable
        </label>
      </fieldset>
      <fieldset class="fb-choice">
        <legend>To</legend>
        <label>
          <input
            type="radio"
            name="audience"
            checked={audience === 'seen'}
            onChange={() => setAudience('seen')}
          />{' '}
          Everyone seen in the last{' '}
          <input
            class="fb-days"
            type="number"
            min={1}
            max={365}
            value={days}
            aria-label="Days"
            onInput={(e) => setDays(e.currentTarget.value)}
          />{' '}
          days
        </label>
        <label>
          <input
            type="radio"
            name="audience"
            checked={audience === 'emails'}
            onChange={() => setAudience('emails')}
          />{' '}
          These customers
        </label>
      </fieldset>
      {audience === 'emails' && (
        <div class="field">
          <label for="send-emails">Email addresses, one per line</label>
          <textarea
            id="send-emails"
            rows={4}
            value={emails}
            onInput={(e) => setEmails(e.currentTarget.value)}
          />
        </div>
      )}
      <button type="submit" class="button primary" disabled={busy}>
        {busy ? 'Sending…' : kind === 'nps' ? 'Send NPS' : 'Send CX index'}
      </button>
    </form>
  );
}

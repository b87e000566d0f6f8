import { useState } from 'preact/hooks';
import type { SessionView } from '../../shared/schemas/auth.js';
import type { KindSummary } from '../../shared/schemas/surveys.js';
import type { Api } from '../api.js';
import { RouteLink } from '../components/route-link.js';
import { feedbackPath } from '../router.js';
import { useGet } from '../use-get.js';
import { LazyDashboard } from './dashboard-lazy.js';
import { KIND_LABELS } from './feedback-format.js';
import { FeedbackFollowUps } from './feedback-follow-ups.js';
import { FeedbackResponses } from './feedback-responses.js';
import { FeedbackSend } from './feedback-send.js';
import { FeedbackSettings } from './feedback-settings.js';

/** Decorative, like the other navigation icons: a speech bubble with a star. */
export const FeedbackIcon = () => (
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
    <path d="M4 6a2 2 0 0 1 2-2h12a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2h-7l-4 3.5V17H6a2 2 0 0 1-2-2z" />
    <path d="m12 7 1.1 2.3 2.4.3-1.8 1.7.5 2.4-2.2-1.2-2.2 1.2.5-2.4-1.8-1.7 2.4-.3z" />
  </svg>
);

/**
 * Feedback: the last 30 days at a glance, follow-ups to do, the latest answers and reviews, and
 * (owners and admins) survey settings and sending NPS.
 */
export function Feedback({ api, session }: { api: Api; session: SessionView }) {
  const [version, setVersion] = useState(0);
  const [emailEnabled, setEmailEnabled] = useState(false);
  const role = session.user.role;
  const isAdmin = role === 'owner' || role === 'admin';
  if (role === 'champion') {
    return (
      <section>
        <h1 tabIndex={-1}>Feedback</h1>
        <p class="muted">Feedback is for the team: owners, admins and agents.</p>
      </section>
    );
  }
  // The dashboard is a page of the Feedback tab (a new tab would not fit a phone's tab bar).
  if (location.pathname === feedbackPath('dashboard')) return <LazyDashboard api={api} />;
  return (
    <section class="feedback">
      <h1 tabIndex={-1}>Feedback</h1>
      <p class="muted">
        What customers answered and wrote, and the follow-ups that put things right.{' '}
        <RouteLink href={feedbackPath('dashboard')}>Open the dashboard</RouteLink>
      </p>
      <FeedbackGlance api={api} version={version} />
      <FeedbackFollowUps api={api} session={session} onChange={() => setVersion((v) => v + 1)} />
      <FeedbackResponses api={api} version={version} />
      {isAdmin && (
        <>
          <FeedbackSend api={api} emailEnabled={emailEnabled} />
          <FeedbackSettings api={api} onLoaded={(s) => setEmailEnabled(s.emailEnabled)} />
        </>
      )}
    </section>
  );
}

function FeedbackGlance({ api, version }: { api: Api; version: number }) {
  const [summary] = useGet<{ kinds: KindSummary[] }>(api, `/feedback/summary?v=${version}`);
  if (summary.status !== 'ok') return null;
  const shown = summary.data.kinds.filter((k) => k.responses > 0 || k.offered > 0);
  if (!shown.length) return null;
  return (
    <dl class="fb-glance" aria-label="The last 30 days">
      {shown.map((k) => (
        <div key={k.kind}>
          <dt>{KIND_LABELS[k.kind]}</dt>
          <dd>
            <strong>{k.kind === 'nps' ? (k.nps ?? '–') : (k.average ?? '–')}</strong>
            <span class="muted small">
              {k.responses} answer{k.responses === 1 ? '' : 's'}
              {k.responseRate !== null && ` · ${Math.round(k.responseRate * 100)}% answered`}
            </span>
          </dd>
        </div>
      ))}
    </dl>
  );
}

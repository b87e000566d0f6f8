import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { SessionView } from '../../shared/schemas/auth.js';
import type { TopicList, TopicSummary } from '../../shared/schemas/topics.js';
import type { Api } from '../api.js';
import { Alert } from '../components/alert.js';
import { RouteLink } from '../components/route-link.js';
import { describePoints, Sparkline } from '../components/sparkline.js';
import { useGet } from '../use-get.js';
import '../styles/topics.css';
import { FeedbackRouting } from './feedback-routing.js';
import { PeriodPicker } from './insights-period.js';
import { FEEDBACK_PATH } from './outer-loop-link.js';
import { TopicDetailView } from './topic-detail.js';

const DAY_MS = 86_400_000;
type Order = 'volume' | 'negative';

/** The query for the last `days` days: by day up to a month, by week beyond. */
export const periodQuery = (days: number) =>
  `from=${encodeURIComponent(new Date(Date.now() - days * DAY_MS).toISOString())}` +
  `&period=${days > 31 ? 'week' : 'day'}`;

const percent = (share: number) => `${Math.round(share * 100)}%`;

/**
 * Topics (Feedback → Topics): what customers write about, most mentioned or most negative
 * first, each with its trend; a topic opens below the list, where owners and admins rename,
 * merge and split it and write keyword rules.
 */
export function Topics({ api, session }: { api: Api; session: SessionView }) {
  const [days, setDays] = useState(30);
  // Made once per choice, so the request path (and what useGet loads) stays put.
  const query = useMemo(() => periodQuery(days), [days]);
  const [list, reload] = useGet<TopicList>(api, `/topics?${query}`);
  const [order, setOrder] = useState<Order>('volume');
  const [openId, setOpenId] = useState<string>();
  const root = useRef<HTMLElement>(null);
  const canEdit = session.user.role === 'owner' || session.user.role === 'admin';
  useEffect(() => {
    document.title = `Topics · ${session.workspace.name} · Parley`;
    root.current?.querySelector<HTMLElement>('h1')?.focus();
    window.scrollTo(0, 0);
  }, []);

  if (session.user.role === 'champion') {
    return (
      <section ref={root}>
        <h1 tabIndex={-1}>Topics</h1>
        <p class="muted">Customer feedback is read by the team: owners, admins and agents.</p>
      </section>
    );
  }
  const topics = list.status === 'ok' ? sorted(list.data.topics, order) : [];
  const step = list.status === 'ok' ? list.data.period.step : 'day';
  return (
    <section class="topics" ref={root}>
      <RouteLink href={FEEDBACK_PATH} class="kb-back">
        ‹ Feedback
      </RouteLink>
      <h1 tabIndex={-1}>Topics</h1>
      <p class="muted">
        Key phrases from messages, survey comments, reviews and complaints, grouped into topics.
      </p>
      <PeriodPicker days={days} onChange={setDays} />
      <fieldset class="segmented">
        <legend>Order</legend>
        {(['volume', 'negative'] as const).map((o) => (
          <label key={o}>
            <input
              type="radio"
              name="topic-order"
              checked={order === o}
              onChange={() => setOrder(o)}
            />
            <span>{o === 'volume' ? 'Most mentioned' : 'Most negative'}</span>
          </label>
        ))}
      </fieldset>
      <Alert error={list.status === 'error' ? list.error : undefined} />
      {list.status === 'loading' && (
        <p class="muted" aria-busy="true">
          Counting…
        </p>
      )}
      {list.status === 'ok' && topics.length === 0 && (
        <p class="empty">
          No topics yet. They appear once a few customers write about the same thing.
        </p>
      )}
      {topics.length > 0 && (
        <ul class="list card" aria-label="Topics">
          {topics.map((t) => (
            <li key={t.id} class="list-row topic-row">
              <button
                type="button"
                class="topic-open"
                aria-expanded={openId === t.id}
                onClick={() => setOpenId(openId === t.id ? undefined : t.id)}
              >
                <span class="strong">{t.name}</span>
                <span class="muted small">
                  {t.phrases
                    .slice(0, 4)
                    .map((p) => p.phrase)
                    .join(', ')}
                </span>
              </button>
              <span class="topic-figures">
                <span class="topic-count">{t.texts}</span>
                <span class={t.negativeShare >= 0.5 ? 'badge negative' : 'badge'}>
                  {percent(t.negativeShare)} negative
                </span>
              </span>
              <Sparkline points={t.points} label={`${t.name}: ${describePoints(t.points, step)}`} />
              {openId === t.id && (
                <TopicDetailView
                  api={api}
                  topicId={t.id}
                  query={query}
                  others={topics.filter((o) => o.id !== t.id)}
                  canEdit={canEdit}
                  onChanged={(next) => {
                    setOpenId(next);
                    reload();
                  }}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      <FeedbackRouting
        api={api}
        canEdit={canEdit}
        topics={list.status === 'ok' ? list.data.topics : []}
      />
    </section>
  );
}

function sorted(topics: TopicSummary[], order: Order): TopicSummary[] {
  if (order === 'volume') return topics;
  return [...topics].sort((a, b) => b.negative - a.negative || b.negativeShare - a.negativeShare);
}

import { useEffect, useRef, useState } from 'preact/hooks';
import type { SessionView } from '../../shared/schemas/auth.js';
import { IMPROVEMENT_STATUS_LABELS } from '../../shared/outer-loop-labels.js';
import type { ImprovementSummary } from '../../shared/schemas/improvements.js';
import type { Api } from '../api.js';
import { Alert } from '../components/alert.js';
import { Field } from '../components/field.js';
import { RouteLink } from '../components/route-link.js';
import { formatDate } from '../format.js';
import { useGet } from '../use-get.js';
import '../styles/topics.css';
import { ImprovementDetailView } from './improvement-detail.js';
import { FEEDBACK_PATH } from './outer-loop-link.js';

/**
 * Improvements (Feedback → Improvements): changes made because of what customers raised, with
 * owner, status and target date; when one ships, everyone who raised it is told once.
 */
export function Improvements({ api, session }: { api: Api; session: SessionView }) {
  const [list, reload] = useGet<{ improvements: ImprovementSummary[] }>(api, '/improvements');
  const [openId, setOpenId] = useState(() => location.hash.slice(1) || undefined);
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string>();
  const root = useRef<HTMLElement>(null);
  const canEdit = session.user.role === 'owner' || session.user.role === 'admin';
  useEffect(() => {
    document.title = `Improvements · ${session.workspace.name} · Parley`;
    root.current?.querySelector<HTMLElement>('h1')?.focus();
    window.scrollTo(0, 0);
  }, []);

  if (session.user.role === 'champion') {
    return (
      <section ref={root}>
        <h1 tabIndex={-1}>Improvements</h1>
        <p class="muted">Improvements are the team’s work: owners, admins and agents.</p>
      </section>
    );
  }
  const create = async (e: Event) => {
    e.preventDefault();
    const result = await api.post<ImprovementSummary>('/improvements', { title });
    if (!result.ok) return setError(result.error.message);
    setTitle('');
    setError(undefined);
    setOpenId(result.data.id);
    reload();
  };
  const items = list.status === 'ok' ? list.data.improvements : [];
  return (
    <section class="topics" ref={root}>
      <RouteLink href={FEEDBACK_PATH} class="kb-back">
        ‹ Feedback
      </RouteLink>
      <h1 tabIndex={-1}>Improvements</h1>
      <p class="muted">
        What you change because customers raised it. Marked shipped, it tells each of them once.
      </p>
      <Alert error={list.status === 'error' ? list.error : undefined} />
      {list.status === 'ok' && items.length === 0 && (
        <p class="empty">No improvements yet. Make one from a topic, or here.</p>
      )}
      {items.length > 0 && (
        <ul class="list card" aria-label="Improvements">
          {items.map((i) => (
            <li key={i.id} id={i.id} class="list-row topic-row">
              <button
                type="button"
                class="topic-open"
                aria-expanded={openId === i.id}
                onClick={() => setOpenId(openId === i.id ? undefined : i.id)}
              >
                <span class="strong">{i.title}</span>
                <span class="muted small">
                  {[
                    i.topicName,
                    i.ownerName,
                    i.targetDate ? `target ${formatDate(i.targetDate)}` : '',
                    i.notified ? `${i.notified} told` : '',
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </button>
              <span class={`badge status-${i.status}`}>{IMPROVEMENT_STATUS_LABELS[i.status]}</span>
              {openId === i.id && (
                <ImprovementDetailView api={api} id={i.id} canEdit={canEdit} onChanged={reload} />
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <form class="card inline-form" aria-label="New improvement" onSubmit={create} noValidate>
          <Field label="New improvement" value={title} onInput={setTitle} maxLength={120} />
          <button class="button primary small">Add</button>
          <Alert error={error} />
        </form>
      )}
    </section>
  );
}

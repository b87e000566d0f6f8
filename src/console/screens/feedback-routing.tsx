import { useState } from 'preact/hooks';
import type { MemberView } from '../../shared/schemas/auth.js';
import { ROUTED_KINDS, type RoutedKind } from '../../shared/outer-loop-labels.js';
import type {
  FeedbackRouteView,
  RoutedFeedbackView,
} from '../../shared/schemas/feedback-routing.js';
import type { TeamView } from '../../shared/schemas/routing.js';
import type { TopicSummary } from '../../shared/schemas/topics.js';
import type { Api } from '../api.js';
import { Alert } from '../components/alert.js';
import { Field } from '../components/field.js';
import { formatDate } from '../format.js';
import { useGet } from '../use-get.js';
import { TEXT_KIND_LABELS } from './topic-format.js';

/**
 * Feedback routing: rules that send new survey comments, reviews and complaints with a keyword
 * or in a topic to a team or a person (the first rule that fits), and where recent feedback went.
 */
export function FeedbackRouting(props: { api: Api; canEdit: boolean; topics: TopicSummary[] }) {
  const [routes, reloadRoutes] = useGet<{ routes: FeedbackRouteView[] }>(
    props.api,
    '/feedback-routes',
  );
  const [routed, reloadRouted] = useGet<{ feedback: RoutedFeedbackView[] }>(
    props.api,
    '/feedback-routed',
  );
  const [error, setError] = useState<string>();
  const remove = async (id: string) => {
    const result = await props.api.del(`/feedback-routes/${id}`);
    if (!result.ok) return setError(result.error.message);
    reloadRoutes();
  };
  const list = routes.status === 'ok' ? routes.data.routes : [];
  return (
    <section class="card" aria-labelledby="feedback-routing-heading">
      <h2 id="feedback-routing-heading">Feedback routing</h2>
      <p class="muted">
        New feedback with a keyword, or in a topic, goes to a team or a person. Rules are tried in
        order; the first that fits wins.
      </p>
      <Alert error={routes.status === 'error' ? routes.error : error} />
      {list.length === 0 && <p class="muted small">No routing rules yet.</p>}
      <ol class="list" aria-label="Routing rules">
        {list.map((r) => (
          <li key={r.id} class="list-row">
            <p class="grow">
              {describeRoute(r)} →{' '}
              <span class="strong">{r.teamName ?? r.userName ?? 'nobody'}</span>
            </p>
            {props.canEdit && (
              <button
                type="button"
                class="button secondary small"
                onClick={() => void remove(r.id)}
              >
                Remove
              </button>
            )}
          </li>
        ))}
      </ol>
      {props.canEdit && (
        <RouteForm
          api={props.api}
          topics={props.topics}
          onAdded={() => {
            reloadRoutes();
            reloadRouted();
          }}
        />
      )}
      <h3 class="topic-subhead">Recently routed</h3>
      {routed.status === 'ok' && routed.data.feedback.length === 0 && (
        <p class="muted small">Nothing routed yet.</p>
      )}
      <ul class="topic-texts" aria-label="Recently routed feedback">
        {routed.status === 'ok' &&
          routed.data.feedback.slice(0, 10).map((f) => (
            <li key={f.textId}>
              <p class="topic-text">{f.excerpt}</p>
              <p class="muted small">
                {TEXT_KIND_LABELS[f.kind]} · {formatDate(f.writtenAt)} · routed to{' '}
                {f.teamName ?? f.userName}
              </p>
            </li>
          ))}
      </ul>
    </section>
  );
}

function describeRoute(r: FeedbackRouteView): string {
  const what = r.kinds.length ? r.kinds.map((k) => TEXT_KIND_LABELS[k]).join(', ') : 'Any feedback';
  const parts = [r.keyword ? `with “${r.keyword}”` : '', r.topicName ? `in ${r.topicName}` : ''];
  return `${what} ${parts.filter(Boolean).join(' and ')}`;
}

function RouteForm(props: { api: Api; topics: TopicSummary[]; onAdded: () => void }) {
  const [teams] = useGet<{ teams: TeamView[] }>(props.api, '/teams');
  const [members] = useGet<{ members: MemberView[] }>(props.api, '/members');
  const [keyword, setKeyword] = useState('');
  const [topicId, setTopicId] = useState('');
  const [kinds, setKinds] = useState(new Set<RoutedKind>());
  const [target, setTarget] = useState('');
  const [error, setError] = useState<string>();
  const toggle = (k: RoutedKind) => {
    const next = new Set(kinds);
    if (!next.delete(k)) next.add(k);
    setKinds(next);
  };
  const save = async (e: Event) => {
    e.preventDefault();
    const [kind, id] = target.split(':');
    const result = await props.api.post('/feedback-routes', {
      ...(keyword.trim() ? { keyword } : {}),
      ...(topicId ? { topicId } : {}),
      kinds: [...kinds],
      ...(kind === 'team' ? { teamId: id } : kind === 'user' ? { userId: id } : {}),
    });
    if (!result.ok) return setError(result.error.message);
    setError(undefined);
    setKeyword('');
    props.onAdded();
  };
  const people =
    members.status === 'ok' ? members.data.members.filter((m) => m.role !== 'champion') : [];
  return (
    <form class="route-form" aria-label="New routing rule" onSubmit={save} noValidate>
      <Field
        label="Keyword"
        value={keyword}
        onInput={setKeyword}
        maxLength={80}
        hint="For example: Main Street"
      />
      <div class="field">
        <label for="route-topic">Topic</label>
        <select
          id="route-topic"
          value={topicId}
          onChange={(e) => setTopicId(e.currentTarget.value)}
        >
          <option value="">Any topic</option>
          {props.topics.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
      <fieldset class="member-picks">
        <legend>Feedback it applies to (none chosen: all)</legend>
        {ROUTED_KINDS.map((k) => (
          <label key={k} class="check">
            <input type="checkbox" checked={kinds.has(k)} onChange={() => toggle(k)} />
            {TEXT_KIND_LABELS[k]}
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label for="route-target">Send to</label>
        <select id="route-target" value={target} onChange={(e) => setTarget(e.currentTarget.value)}>
          <option value="">Choose a team or a person</option>
          {teams.status === 'ok' &&
            teams.data.teams.map((t) => (
              <option key={t.id} value={`team:${t.id}`}>
                Team: {t.name}
              </option>
            ))}
          {people.map((m) => (
            <option key={m.id} value={`user:${m.id}`}>
              {m.name}
            </option>
          ))}
        </select>
      </div>
      <Alert error={error} />
      <button class="button secondary small">Add routing rule</button>
    </form>
  );
}

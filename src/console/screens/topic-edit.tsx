import { useState } from 'preact/hooks';
import type { TopicDetail, TopicSummary } from '../../shared/schemas/topics.js';
import type { Api, Result } from '../api.js';
import { Alert } from '../components/alert.js';
import { Field } from '../components/field.js';
import { navigate, settingsPath } from '../router.js';

interface Props {
  api: Api;
  topic: TopicDetail;
  others: TopicSummary[];
  onChanged: (openId: string | undefined) => void;
}

/** Owners' and admins' tools for one topic: rename, keywords, merge, split, improvement. */
export function TopicEdit({ api, topic, others, onChanged }: Props) {
  const [name, setName] = useState(topic.name);
  const [keyword, setKeyword] = useState('');
  const [mergeId, setMergeId] = useState('');
  const [picked, setPicked] = useState(new Set<string>());
  const [splitName, setSplitName] = useState('');
  const [error, setError] = useState<string>();

  /** Runs a change; when it works the topic reloads and stays open. */
  const run = async (call: Promise<Result<unknown>>) => {
    const result = await call;
    if (!result.ok) {
      setError(result.error.message);
      return false;
    }
    setError(undefined);
    onChanged(topic.id);
    return true;
  };
  const submit = (fn: () => Promise<unknown>) => (e: Event) => {
    e.preventDefault();
    void fn();
  };
  const toggle = (key: string) => {
    const next = new Set(picked);
    if (!next.delete(key)) next.add(key);
    setPicked(next);
  };
  const split = async () => {
    const result = await api.post<TopicDetail>(`/topics/${topic.id}/split`, {
      name: splitName,
      phrases: [...picked],
    });
    if (!result.ok) return setError(result.error.message);
    onChanged(result.data.id);
  };
  const improve = async () => {
    const result = await api.post<{ id: string }>('/improvements', {
      title: `Fix what customers say about ${topic.name.toLowerCase()}`,
      topicId: topic.id,
    });
    if (!result.ok) return setError(result.error.message);
    navigate(`${settingsPath('improvements')}#${result.data.id}`);
  };

  return (
    <div class="topic-edit">
      <form
        class="inline-form"
        aria-label={`Rename ${topic.name}`}
        onSubmit={submit(() => run(api.put(`/topics/${topic.id}`, { name })))}
      >
        <Field label="Name" value={name} onInput={setName} maxLength={80} />
        <button class="button secondary small">Rename</button>
      </form>

      <h3 class="topic-subhead">Keyword rules</h3>
      <p class="muted small">
        A text with the keyword (for example “delivery”) belongs here, whatever its phrases say.
      </p>
      <ul class="chips" aria-label={`Keywords of ${topic.name}`}>
        {topic.rules.map((r) => (
          <li key={r.id} class="chip">
            {r.keyword}
            <button
              type="button"
              class="chip-remove"
              aria-label={`Remove keyword ${r.keyword}`}
              onClick={() => void run(api.del(`/topic-rules/${r.id}`))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <form
        class="inline-form"
        aria-label={`New keyword for ${topic.name}`}
        onSubmit={submit(async () => {
          if (await run(api.post(`/topics/${topic.id}/rules`, { keyword }))) setKeyword('');
        })}
      >
        <Field label="Keyword" value={keyword} onInput={setKeyword} maxLength={80} />
        <button class="button secondary small">Add keyword</button>
      </form>

      {topic.phrases.length > 0 && (
        <form class="split-form" aria-label={`Split ${topic.name}`} onSubmit={submit(split)}>
          <fieldset class="member-picks">
            <legend>Phrases (choose some to move into a new topic)</legend>
            {topic.phrases.map((p) => (
              <label key={p.key} class="check">
                <input type="checkbox" checked={picked.has(p.key)} onChange={() => toggle(p.key)} />
                <span>
                  {p.phrase} <span class="muted small">({p.texts} texts)</span>
                </span>
              </label>
            ))}
          </fieldset>
          <div class="inline-form">
            <Field label="New topic name" value={splitName} onInput={setSplitName} maxLength={80} />
            <button class="button secondary small">Split</button>
          </div>
        </form>
      )}

      {others.length > 0 && (
        <form
          class="inline-form"
          aria-label={`Merge into ${topic.name}`}
          onSubmit={submit(() =>
            run(api.post(`/topics/${topic.id}/merge`, { topicIds: [mergeId] })),
          )}
        >
          <div class="field">
            <label for={`merge-${topic.id}`}>Merge another topic into this one</label>
            <select
              id={`merge-${topic.id}`}
              value={mergeId}
              onChange={(e) => setMergeId(e.currentTarget.value)}
            >
              <option value="">Choose a topic</option>
              {others.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name} ({o.texts})
                </option>
              ))}
            </select>
          </div>
          <button class="button secondary small" disabled={!mergeId}>
            Merge
          </button>
        </form>
      )}
      <Alert error={error} />
      <button type="button" class="button primary small" onClick={() => void improve()}>
        Make an improvement
      </button>
    </div>
  );
}

import { useState } from 'preact/hooks';
import type { MemberView } from '../../shared/schemas/auth.js';
import {
  IMPROVEMENT_STATUSES,
  IMPROVEMENT_STATUS_LABELS,
  type ImprovementStatus,
} from '../../shared/outer-loop-labels.js';
import type { ImprovementDetail } from '../../shared/schemas/improvements.js';
import type { TopicList } from '../../shared/schemas/topics.js';
import type { Api } from '../api.js';
import { Alert, Notice } from '../components/alert.js';
import { Field } from '../components/field.js';
import { useGet } from '../use-get.js';

/** Title, root cause, what customers are told, owner, target date, topic and status. */
export function ImprovementForm(props: {
  api: Api;
  improvement: ImprovementDetail;
  onSaved: () => void;
}) {
  const i = props.improvement;
  const [members] = useGet<{ members: MemberView[] }>(props.api, '/members');
  const [topics] = useGet<TopicList>(
    props.api,
    '/topics?period=week&from=' +
      encodeURIComponent(new Date(Date.now() - 365 * 86_400_000).toISOString()),
  );
  const [title, setTitle] = useState(i.title);
  const [rootCause, setRootCause] = useState(i.rootCause);
  const [announcement, setAnnouncement] = useState(i.announcement);
  const [ownerId, setOwnerId] = useState(i.ownerId ?? '');
  const [targetDate, setTargetDate] = useState(i.targetDate ?? '');
  const [topicId, setTopicId] = useState(i.topicId ?? '');
  const [status, setStatus] = useState<ImprovementStatus>(i.status);
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const id = (name: string) => `${name}-${i.id}`;

  const save = async (e: Event) => {
    e.preventDefault();
    const result = await props.api.put<{ shipped: boolean; told: number }>(
      `/improvements/${i.id}`,
      {
        title,
        rootCause,
        announcement,
        ownerId: ownerId || null,
        targetDate: targetDate || null,
        topicId: topicId || null,
        status,
      },
    );
    if (!result.ok) return setError(result.error.message);
    setError(undefined);
    setNotice(result.data.shipped ? `Shipped. ${result.data.told} told now.` : 'Saved.');
    props.onSaved();
  };
  const people =
    members.status === 'ok' ? members.data.members.filter((m) => m.role !== 'champion') : [];
  const topicOptions = topics.status === 'ok' ? topics.data.topics : [];
  return (
    <form class="improvement-form" aria-label={`Edit ${i.title}`} onSubmit={save} noValidate>
      <Field label="Title" value={title} onInput={setTitle} maxLength={120} />
      <div class="field">
        <label for={id('cause')}>Root cause</label>
        <textarea
          id={id('cause')}
          rows={3}
          maxLength={4000}
          value={rootCause}
          onInput={(e) => setRootCause(e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for={id('announce')}>What customers are told when it ships</label>
        <textarea
          id={id('announce')}
          rows={2}
          maxLength={1000}
          value={announcement}
          onInput={(e) => setAnnouncement(e.currentTarget.value)}
          aria-describedby={id('announce-hint')}
        />
        <p class="hint" id={id('announce-hint')}>
          Everyone who raised it gets this once, from the owner, in the widget and by email.
        </p>
      </div>
      <div class="form-grid">
        <div class="field">
          <label for={id('owner')}>Owner</label>
          <select
            id={id('owner')}
            value={ownerId}
            onChange={(e) => setOwnerId(e.currentTarget.value)}
          >
            <option value="">Nobody yet</option>
            {people.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for={id('target')}>Target date</label>
          <input
            id={id('target')}
            type="date"
            value={targetDate}
            onInput={(e) => setTargetDate(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for={id('topic')}>Topic</label>
          <select
            id={id('topic')}
            value={topicId}
            onChange={(e) => setTopicId(e.currentTarget.value)}
          >
            <option value="">No topic</option>
            {i.topicId && !topicOptions.some((t) => t.id === i.topicId) && (
              <option value={i.topicId}>{i.topicName}</option>
            )}
            {topicOptions.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for={id('status')}>Status</label>
          <select
            id={id('status')}
            value={status}
            onChange={(e) => setStatus(e.currentTarget.value as ImprovementStatus)}
          >
            {IMPROVEMENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {IMPROVEMENT_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <Alert error={error} />
      <Notice message={notice} />
      <button class="button primary small">Save</button>
    </form>
  );
}

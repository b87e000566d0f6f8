import type { TopicDetail, TopicSummary } from '../../shared/schemas/topics.js';
import type { Api } from '../api.js';
import { Alert } from '../components/alert.js';
import { RouteLink } from '../components/route-link.js';
import { formatDate } from '../format.js';
import { settingsPath } from '../router.js';
import { useGet } from '../use-get.js';
import { SENTIMENT_LABELS, TEXT_KIND_LABELS } from './topic-format.js';
import { TopicEdit } from './topic-edit.js';

/**
 * One topic opened in the list: its phrases and keyword rules, the improvements made from it
 * and its latest texts (customers' words, shown as text), with the editing forms for admins.
 */
export function TopicDetailView(props: {
  api: Api;
  topicId: string;
  query: string;
  others: TopicSummary[];
  canEdit: boolean;
  /** After a change: the topic to show open (a split opens the new one), and reload the list. */
  onChanged: (openId: string | undefined) => void;
}) {
  const [detail, reload] = useGet<TopicDetail>(
    props.api,
    `/topics/${props.topicId}?${props.query}`,
  );
  if (detail.status === 'loading')
    return (
      <p class="muted topic-detail" aria-busy="true">
        Loading…
      </p>
    );
  if (detail.status === 'error') return <Alert error={detail.error} />;
  const t = detail.data;
  return (
    <div class="topic-detail">
      <p class="muted small">
        {t.texts} texts, {t.negative} negative in this period.{' '}
        {t.phrases.length ? `Phrases: ${t.phrases.map((p) => p.phrase).join(', ')}.` : ''}
        {t.rules.length ? ` Keywords: ${t.rules.map((r) => r.keyword).join(', ')}.` : ''}
      </p>
      {t.improvementIds.length > 0 && (
        <p class="small">
          <RouteLink href={`${settingsPath('improvements')}#${t.improvementIds[0]}`}>
            {t.improvementIds.length === 1
              ? 'See its improvement'
              : `See its ${t.improvementIds.length} improvements`}
          </RouteLink>
        </p>
      )}
      {props.canEdit && (
        <TopicEdit
          api={props.api}
          topic={t}
          others={props.others}
          onChanged={(openId) => {
            reload();
            props.onChanged(openId);
          }}
        />
      )}
      <h3 class="topic-subhead">Latest texts</h3>
      {t.recent.length === 0 && <p class="muted small">No texts in this period.</p>}
      <ul class="topic-texts" aria-label={`Latest texts about ${t.name}`}>
        {t.recent.map((x) => (
          <li key={x.id}>
            <p class="topic-text">{x.excerpt}</p>
            <p class="muted small">
              <span class={`badge sentiment-${x.sentimentLabel}`}>
                {SENTIMENT_LABELS[x.sentimentLabel]}
              </span>{' '}
              {TEXT_KIND_LABELS[x.kind]}
              {x.contactName ? ` · ${x.contactName}` : ''} · {formatDate(x.writtenAt)}
              {x.via === 'rule' ? ' · by keyword' : ''}
              {x.routedTo ? ` · routed to ${x.routedTo}` : ''}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}

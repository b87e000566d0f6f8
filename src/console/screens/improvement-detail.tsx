import { IMPROVEMENT_STATUS_LABELS } from '../../shared/outer-loop-labels.js';
import type { ImprovementDetail, VolumeWindow } from '../../shared/schemas/improvements.js';
import type { Api } from '../api.js';
import { Alert } from '../components/alert.js';
import { formatDate } from '../format.js';
import { useGet } from '../use-get.js';
import { ImprovementForm } from './improvement-form.js';
import { ImprovementLinks } from './improvement-links.js';

/** One improvement opened in the list: the form (admins), who was told, before and after. */
export function ImprovementDetailView(props: {
  api: Api;
  id: string;
  canEdit: boolean;
  onChanged: () => void;
}) {
  const [detail, reload] = useGet<ImprovementDetail>(props.api, `/improvements/${props.id}`);
  if (detail.status === 'loading')
    return (
      <p class="muted topic-detail" aria-busy="true">
        Loading…
      </p>
    );
  if (detail.status === 'error') return <Alert error={detail.error} />;
  const i = detail.data;
  const changed = () => {
    reload();
    props.onChanged();
  };
  return (
    <div class="topic-detail">
      {props.canEdit ? (
        <ImprovementForm api={props.api} improvement={i} onSaved={changed} />
      ) : (
        <dl class="facts">
          <dt>Root cause</dt>
          <dd>{i.rootCause || '—'}</dd>
          <dt>Owner</dt>
          <dd>{i.ownerName ?? 'Nobody yet'}</dd>
          <dt>Target</dt>
          <dd>{i.targetDate ? formatDate(i.targetDate) : '—'}</dd>
        </dl>
      )}
      <p class="small told" role="status">
        {i.raisers} {i.raisers === 1 ? 'customer' : 'customers'} raised it.{' '}
        {i.notices.told > 0
          ? `${i.notices.told} told: ${i.notices.inWidget} in the widget, ${i.notices.byEmail} by email` +
            (i.notices.unreachable ? `, ${i.notices.unreachable} could not be reached.` : '.')
          : i.status === 'shipped'
            ? 'Nobody to tell yet.'
            : 'They are told when it ships.'}
      </p>
      {i.impact && (
        <div class="impact" aria-label="Volume before and after shipping">
          <Window
            label="Before shipping"
            w={i.impact.before}
            max={Math.max(i.impact.before.perWeek, i.impact.after.perWeek)}
          />
          <Window
            label="Since"
            w={i.impact.after}
            max={Math.max(i.impact.before.perWeek, i.impact.after.perWeek)}
          />
        </div>
      )}
      <ImprovementLinks
        api={props.api}
        improvement={i}
        canEdit={props.canEdit}
        onChanged={changed}
      />
      {i.history.length > 0 && (
        <>
          <h3 class="topic-subhead">History</h3>
          <ul class="history-list">
            {i.history.map((h) => (
              <li key={h.at} class="small">
                {formatDate(h.at)}: {IMPROVEMENT_STATUS_LABELS[h.from]} →{' '}
                {IMPROVEMENT_STATUS_LABELS[h.to]}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** A window's texts per week as a bar against the larger of the two, with the figures in words. */
function Window({ label, w, max }: { label: string; w: VolumeWindow; max: number }) {
  const width = max > 0 ? Math.round((w.perWeek / max) * 100) : 0;
  return (
    <div class="impact-row">
      <p class="small">
        <span class="strong">{label}</span> ({w.days} days): {w.texts} texts, {w.negative} negative,{' '}
        {w.perWeek} a week
      </p>
      <svg class="impact-bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true">
        <rect x="0" y="0" width="100" height="8" class="impact-track" />
        <rect x="0" y="0" width={width} height="8" class="impact-fill" />
      </svg>
    </div>
  );
}

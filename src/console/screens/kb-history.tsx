import { useEffect, useRef, useState } from 'preact/hooks';
import type { KbArticle, KbArticleVersion } from '../../shared/schemas/kb.js';
import type { KbVersionSummary } from '../../shared/schemas/kb-console.js';
import type { Api, ApiError } from '../api.js';
import { Alert } from '../components/alert.js';
import { formatDate } from '../format.js';
import { useGet } from '../use-get.js';
import { Confirm } from './kb-parts.js';

interface HistoryProps {
  api: Api;
  article: KbArticle;
  canEdit: boolean;
  /** Unsaved edits in the form, which a restore would replace. */
  dirty: boolean;
  onRestore: (version: number) => Promise<KbArticle | undefined | void>;
}

const when = (iso: string) =>
  `${formatDate(iso)}, ${new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })}`;

/**
 * The article's earlier versions, newest first. Opening one shows its text; restoring it saves
 * that text as a new version, so the history itself never changes.
 */
export function KbHistory({ api, article, canEdit, dirty, onRestore }: HistoryProps) {
  const [list, reload] = useGet<{ versions: KbVersionSummary[] }>(
    api,
    `/kb/articles/${article.id}/versions`,
  );
  const [open, setOpen] = useState<KbArticleVersion>();
  const [error, setError] = useState<ApiError>();
  // Each save or restore that makes a new version adds the one before it to the list.
  const shown = useRef(article.version);
  useEffect(() => {
    if (shown.current === article.version) return;
    shown.current = article.version;
    reload();
  }, [article.version]);

  const restore = async (version: number) => {
    // A refused restore (someone saved meanwhile) keeps the version open; the editor says why.
    if (await onRestore(version)) setOpen(undefined);
  };

  const view = async (version: number) => {
    if (open?.version === version) return setOpen(undefined);
    const result = await api.get<KbArticleVersion>(
      `/kb/articles/${article.id}/versions/${version}`,
    );
    setError(result.ok ? undefined : result.error);
    setOpen(result.ok ? result.data : undefined);
  };

  return (
    <section class="card kb-history" aria-labelledby="kb-history-heading">
      <h2 id="kb-history-heading">History</h2>
      <Alert error={error ?? (list.status === 'error' ? list.error : undefined)} />
      <ol class="list" aria-label="Versions">
        <li class="list-row">
          <div class="grow">
            <p class="strong">Version {article.version} (current)</p>
            <p class="muted small">
              {article.updatedBy} · {when(article.updatedAt)}
            </p>
          </div>
        </li>
        {list.status === 'ok' &&
          list.data.versions.map((v) => (
            <li key={v.version} class="list-row">
              <div class="grow">
                <p class="strong">Version {v.version}</p>
                <p class="muted small">
                  {v.author} · {when(v.createdAt)}
                </p>
                {v.title !== article.title && <p class="small">Titled “{v.title}”</p>}
              </div>
              <button
                type="button"
                class="button small secondary"
                aria-expanded={open?.version === v.version}
                onClick={() => view(v.version)}
              >
                {open?.version === v.version ? 'Hide' : 'View'}
                <span class="visually-hidden"> version {v.version}</span>
              </button>
              {open?.version === v.version && (
                <OldVersion version={open} canEdit={canEdit} dirty={dirty} onRestore={restore} />
              )}
            </li>
          ))}
      </ol>
      {list.status === 'ok' && list.data.versions.length === 0 && (
        <p class="muted small">
          No earlier versions yet: each save that changes the title or text keeps the one before.
        </p>
      )}
    </section>
  );
}

function OldVersion(props: {
  version: KbArticleVersion;
  canEdit: boolean;
  dirty: boolean;
  onRestore: (version: number) => Promise<unknown>;
}) {
  const [confirming, setConfirming] = useState(false);
  const { version: v } = props;
  return (
    <div class="kb-old-version">
      <p class="strong">{v.title}</p>
      <pre class="kb-old-text" tabIndex={0} aria-label={`Text of version ${v.version}`}>
        {v.bodyMd || '(empty)'}
      </pre>
      {props.canEdit && !confirming && (
        <button type="button" class="button small primary" onClick={() => setConfirming(true)}>
          Restore version {v.version}
        </button>
      )}
      {props.canEdit && confirming && (
        <Confirm
          label={`Restore version ${v.version}?`}
          message={`${props.dirty ? 'Your unsaved changes will be replaced. ' : ''}The current text stays in the history.`}
          confirm="Yes, restore"
          onConfirm={() => void props.onRestore(v.version)}
          onCancel={() => setConfirming(false)}
        />
      )}
    </div>
  );
}

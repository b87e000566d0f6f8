import { useId, useState } from 'preact/hooks';
import type { SessionView } from '../../shared/schemas/auth.js';
import type { KbImportReport } from '../../shared/schemas/kb-console.js';
import type { Api, ApiError } from '../api.js';
import { Alert, Notice } from '../components/alert.js';
import { articlePath } from '../router.js';
import { canEditKb, KbLink } from './kb-parts.js';

const EXAMPLE =
  '{"id": "returns", "title": "Returns", "content": "Send it back within **30 days**.", "category": "Orders"}';

/**
 * Importing JSON Lines, pasted or from a file: one article per line, matched by its id, so a
 * second import updates instead of duplicating. The answer says what happened to every line.
 */
export function KbImport(props: {
  api: Api;
  session: SessionView;
  onOpen: (place: string | undefined) => void;
}) {
  const id = useId();
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | string>();
  const [report, setReport] = useState<KbImportReport>();
  const canEdit = canEditKb(props.session.user.role);

  const pick = async (event: Event) => {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    setFileName(file.name);
    setText(await file.text());
    setReport(undefined);
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!text.trim()) return setError('Paste JSON Lines or choose a .jsonl file first.');
    setBusy(true);
    setError(undefined);
    setReport(undefined);
    const result = await props.api.post<KbImportReport>('/kb/import', { text });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setReport(result.data);
  };

  return (
    <section class="kb-import">
      <KbLink href={articlePath()} onOpen={() => props.onOpen(undefined)} class="kb-back">
        ← All articles
      </KbLink>
      <h1 tabIndex={-1}>Import articles</h1>
      <p class="muted">
        JSON Lines: one article per line with an <code>id</code>, a <code>title</code> and its{' '}
        <code>content</code> in Markdown, and optionally a <code>category</code> and a{' '}
        <code>url</code>. Imported articles are published unless a line says{' '}
        <code>"status": "draft"</code>. Importing the same id again updates that article.
      </p>
      <pre class="snippet kb-example" aria-label="An example line">
        {EXAMPLE}
      </pre>
      {!canEdit && <p class="notice">Only owners and admins can import articles.</p>}
      {canEdit && (
        <form class="card" onSubmit={submit} noValidate>
          <div class="field">
            <label for={`${id}-file`}>A .jsonl file</label>
            <input
              id={`${id}-file`}
              type="file"
              accept=".jsonl,.ndjson,.json,.txt,application/jsonl,application/x-ndjson"
              onChange={pick}
            />
            {fileName && <p class="hint">Read {fileName}; it is shown below.</p>}
          </div>
          <div class="field">
            <label for={`${id}-text`}>Or paste the lines</label>
            <textarea
              id={`${id}-text`}
              class="kb-textarea kb-jsonl"
              value={text}
              onInput={(e) => setText(e.currentTarget.value)}
              spellcheck={false}
              wrap="off"
            />
          </div>
          <Alert error={error} />
          <button type="submit" class="button primary" disabled={busy}>
            {busy ? 'Importing…' : 'Import'}
          </button>
        </form>
      )}
      <Notice message={report && summaryOf(report)} />
      {report && <ImportReport report={report} />}
    </section>
  );
}

const summaryOf = (r: KbImportReport) =>
  `Import finished: ${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged, ` +
  `${r.errors.length} ${r.errors.length === 1 ? 'error' : 'errors'}.`;

const OUTCOME = { created: 'Created', updated: 'Updated', unchanged: 'Unchanged' } as const;
/** Long imports list their first lines; the totals always count all of them. */
const SHOWN = 200;

function ImportReport({ report }: { report: KbImportReport }) {
  const rows = [
    ...report.lines.map((l) => ({ line: l.line, id: l.id, text: l.title, kind: l.outcome })),
    ...report.errors.map((e) => ({
      line: e.line ?? 0,
      id: e.id ?? '',
      text: e.message,
      kind: 'error' as const,
    })),
  ].sort((a, b) => a.line - b.line);
  return (
    <section class="card kb-report" aria-labelledby="kb-report-heading">
      <h2 id="kb-report-heading">Import report</h2>
      <dl class="kb-totals">
        {(['created', 'updated', 'unchanged'] as const).map((k) => (
          <div key={k}>
            <dt>{OUTCOME[k]}</dt>
            <dd>{report[k]}</dd>
          </div>
        ))}
        <div class={report.errors.length ? 'kb-has-errors' : ''}>
          <dt>Errors</dt>
          <dd>{report.errors.length}</dd>
        </div>
      </dl>
      <ol class="list kb-report-lines" aria-label="Lines">
        {rows.slice(0, SHOWN).map((r) => (
          <li key={`${r.line}-${r.kind}`} class={`list-row kb-line-${r.kind}`}>
            <span class="kb-line-no">Line {r.line}</span>
            <div class="grow">
              {r.id && <p class="small ellipsis">{r.id}</p>}
              <p class={r.kind === 'error' ? 'kb-line-error small' : 'small'}>{r.text}</p>
            </div>
            <span class={`badge kb-outcome-${r.kind}`}>
              {r.kind === 'error' ? 'Error' : OUTCOME[r.kind]}
            </span>
          </li>
        ))}
      </ol>
      {rows.length > SHOWN && (
        <p class="muted small">And {rows.length - SHOWN} more lines, counted above.</p>
      )}
    </section>
  );
}

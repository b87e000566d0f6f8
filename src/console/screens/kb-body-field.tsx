import { useEffect, useId, useState } from 'preact/hooks';
import type { KbPreview } from '../../shared/schemas/kb-console.js';
import type { Api, ApiError } from '../api.js';
import { Alert } from '../components/alert.js';

interface BodyFieldProps {
  api: Api;
  value: string;
  onInput: (value: string) => void;
  readOnly?: boolean;
}

/** The article's Markdown, with a Write / Preview switch; the preview is rendered by the server. */
export function BodyField({ api, value, onInput, readOnly }: BodyFieldProps) {
  const id = useId();
  const [previewing, setPreviewing] = useState(false);
  const [html, setHtml] = useState<string>();
  const [error, setError] = useState<ApiError>();

  useEffect(() => {
    if (!previewing) return;
    let current = true;
    setHtml(undefined);
    void api.post<KbPreview>('/kb/preview', { markdown: value }).then((result) => {
      if (!current) return;
      if (result.ok) setHtml(result.data.html);
      setError(result.ok ? undefined : result.error);
    });
    return () => {
      current = false;
    };
  }, [api, previewing, value]);

  return (
    <div class="field kb-body">
      <div class="kb-body-head">
        <label for={id} id={`${id}-label`}>
          Article text (Markdown)
        </label>
        <div class="kb-switch" role="group" aria-label="Show the text as">
          <button
            type="button"
            class="button small secondary"
            aria-pressed={!previewing}
            onClick={() => setPreviewing(false)}
          >
            Write
          </button>
          <button
            type="button"
            class="button small secondary"
            aria-pressed={previewing}
            onClick={() => setPreviewing(true)}
          >
            Preview
          </button>
        </div>
      </div>
      <textarea
        id={id}
        class="kb-textarea"
        hidden={previewing}
        value={value}
        onInput={(e) => onInput(e.currentTarget.value)}
        readOnly={readOnly}
        aria-describedby={`${id}-hint`}
        spellcheck
      />
      <p class="hint" id={`${id}-hint`} hidden={previewing}>
        # Heading, **bold**, *italic*, - lists, [link text](https://…). HTML is shown as text.
      </p>
      {previewing && (
        <section
          class="kb-preview"
          aria-labelledby={`${id}-preview`}
          aria-busy={html === undefined}
        >
          <h2 class="visually-hidden" id={`${id}-preview`}>
            Preview
          </h2>
          <Alert error={error} />
          {html === undefined && !error && <p class="muted">Rendering the preview…</p>}
          {/* Safe: this HTML comes only from POST /kb/preview, rendered by the server's
              renderMarkdown, which escapes any raw HTML in the Markdown (so <script> or
              onerror= arrive as text) and refuses javascript: and similar links. Nothing typed
              here reaches the page as markup without passing through it. */}
          {html !== undefined && (
            <div class="kb-rendered" dangerouslySetInnerHTML={{ __html: html }} />
          )}
        </section>
      )}
    </div>
  );
}

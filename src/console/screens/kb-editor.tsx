import { useEffect, useState } from 'preact/hooks';
import type { SessionView } from '../../shared/schemas/auth.js';
import type { KbCategoryView } from '../../shared/schemas/kb-console.js';
import type { Api } from '../api.js';
import { Alert, Notice } from '../components/alert.js';
import { formatDate } from '../format.js';
import { articlePath } from '../router.js';
import { useGet } from '../use-get.js';
import { useKbEditor } from '../use-kb-editor.js';
import { BodyField } from './kb-body-field.js';
import { StatusChoice, TextField } from './kb-fields.js';
import { KbHistory } from './kb-history.js';
import { canEditKb, Confirm, KbLink, publicArticlePath, StatusBadge } from './kb-parts.js';

interface EditorProps {
  api: Api;
  session: SessionView;
  /** Undefined for a new article. */
  articleId: string | undefined;
  onOpen: (place: string | undefined) => void;
}

/** One article: its details, its Markdown with a preview, saving, deleting and its history. */
export function KbEditor({ api, session, articleId, onOpen }: EditorProps) {
  const canEdit = canEditKb(session.user.role);
  const e = useKbEditor(api, articleId);
  const [categories] = useGet<{ categories: KbCategoryView[] }>(api, '/kb/categories');
  const [leaving, setLeaving] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const isNew = articleId === undefined && !e.article;

  // Closing or reloading the page with unsaved edits asks first.
  useEffect(() => {
    if (!e.dirty || !canEdit) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    addEventListener('beforeunload', warn);
    return () => removeEventListener('beforeunload', warn);
  }, [e.dirty, canEdit]);

  const canSave = !e.busy && (isNew || e.dirty);
  const submit = async (event?: Event) => {
    event?.preventDefault();
    if (!canSave) return;
    const saved = await e.save();
    // A new article gets its own address once it exists, without reloading the editor.
    if (saved && !articleId) onOpen(saved.id);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      if (canEdit) void submit();
    }
  };
  const back = () => (e.dirty && canEdit ? setLeaving(true) : onOpen(undefined));
  const remove = async () => {
    if (await e.remove()) onOpen(undefined);
  };

  if (e.loadError) {
    return (
      <section>
        <BackLink onBack={() => onOpen(undefined)} />
        <h1 tabIndex={-1}>Article</h1>
        <Alert error={e.loadError} />
      </section>
    );
  }
  if (articleId && !e.article) {
    return (
      <section aria-busy="true">
        <BackLink onBack={() => onOpen(undefined)} />
        <h1 tabIndex={-1}>Article</h1>
        <p class="muted">Loading the article…</p>
      </section>
    );
  }

  const a = e.article;
  const saveLabel = e.busy
    ? 'Saving…'
    : isNew
      ? 'Create article'
      : e.dirty
        ? 'Save changes'
        : 'Saved';
  return (
    <section class="kb-editor">
      <BackLink onBack={back} />
      {leaving && (
        <Confirm
          label="Leave without saving?"
          message="You have unsaved changes."
          confirm="Leave without saving"
          cancel="Stay"
          danger
          onConfirm={() => onOpen(undefined)}
          onCancel={() => setLeaving(false)}
        />
      )}
      <h1 tabIndex={-1}>{isNew ? 'New article' : (a?.title ?? 'Article')}</h1>
      {a && (
        <p class="kb-meta muted small">
          <StatusBadge status={a.status} /> Version {a.version} · saved by {a.updatedBy} on{' '}
          {formatDate(a.updatedAt)}
          {a.status === 'published' && (
            <>
              {' · '}
              <a
                href={publicArticlePath(session.workspace.publicKey, a.slug)}
                target="_blank"
                rel="noopener"
              >
                View on the help center<span class="visually-hidden"> (opens a new tab)</span>
              </a>
            </>
          )}
        </p>
      )}
      {!canEdit && (
        <p class="notice">Only owners and admins can change articles; you can read and preview.</p>
      )}
      <form class="card kb-form" onSubmit={submit} onKeyDown={onKeyDown} noValidate>
        <TextField
          label="Title"
          value={e.form.title}
          onInput={(title) => e.update({ title })}
          readOnly={!canEdit}
          maxLength={300}
        />
        <div class="kb-row">
          <TextField
            label="Category"
            value={e.form.category}
            onInput={(category) => e.update({ category })}
            list="kb-category-names"
            hint="Pick one or type a new name."
            readOnly={!canEdit}
            maxLength={120}
          />
          <TextField
            label="Language"
            value={e.form.locale}
            onInput={(locale) => e.update({ locale })}
            hint="A language tag such as en, de or pt-BR."
            readOnly={!canEdit}
            maxLength={35}
            class="kb-locale"
          />
        </div>
        <datalist id="kb-category-names">
          {categories.status === 'ok' &&
            categories.data.categories.map((c) => <option key={c.id} value={c.name} />)}
        </datalist>
        <StatusChoice
          value={e.form.status}
          onChange={(status) => e.update({ status })}
          disabled={!canEdit}
        />
        <BodyField
          api={api}
          value={e.form.bodyMd}
          onInput={(bodyMd) => e.update({ bodyMd })}
          readOnly={!canEdit}
        />
        <TextField
          label="Original address (optional)"
          type="url"
          value={e.form.url}
          onInput={(url) => e.update({ url })}
          hint="Where this article also lives, if anywhere; answers cite it."
          readOnly={!canEdit}
        />
        {canEdit && (
          <div class="kb-actions">
            <div class="actions">
              {/* aria-disabled, not disabled: the button keeps focus while it says "Saved". */}
              <button type="submit" class="button primary" aria-disabled={!canSave}>
                {saveLabel}
              </button>
              {a && !deleting && (
                <button
                  type="button"
                  class="button danger-outline"
                  onClick={() => setDeleting(true)}
                >
                  Delete…
                </button>
              )}
            </div>
            <div class="kb-status">
              <Alert error={e.error} />
              <Notice message={e.notice} />
            </div>
            {a && deleting && (
              <Confirm
                label={`Delete ${a.title}?`}
                message="The article and its history are deleted for good."
                confirm="Yes, delete"
                danger
                onConfirm={remove}
                onCancel={() => setDeleting(false)}
              />
            )}
          </div>
        )}
      </form>
      {a && (
        <KbHistory api={api} article={a} canEdit={canEdit} dirty={e.dirty} onRestore={e.restore} />
      )}
    </section>
  );
}

function BackLink({ onBack }: { onBack: () => void }) {
  return (
    <KbLink href={articlePath()} onOpen={onBack} class="kb-back">
      ← All articles
    </KbLink>
  );
}

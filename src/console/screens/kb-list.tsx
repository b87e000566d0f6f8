import { useId, useState } from 'preact/hooks';
import type { SessionView } from '../../shared/schemas/auth.js';
import type { KbArticleSummary, KbCategoryView } from '../../shared/schemas/kb-console.js';
import type { Api } from '../api.js';
import { Alert } from '../components/alert.js';
import { ago } from '../format.js';
import { articlePath } from '../router.js';
import { useGet } from '../use-get.js';
import { useKbList, type KbFilter } from '../use-kb-list.js';
import { KbCategories } from './kb-categories.js';
import { canEditKb, KbLink, StatusBadge } from './kb-parts.js';

interface ListProps {
  api: Api;
  session: SessionView;
  onOpen: (place: string | undefined) => void;
}

/** Every article, drafts included, with search and filters; owners and admins add and import. */
export function KbList({ api, session, onOpen }: ListProps) {
  const [filter, setFilter] = useState<KbFilter>({ q: '', status: '', category: '' });
  const [categories, reloadCategories] = useGet<{ categories: KbCategoryView[] }>(
    api,
    '/kb/categories',
  );
  const [renames, setRenames] = useState(0);
  const list = useKbList(api, filter, renames);
  const categoriesChanged = () => {
    reloadCategories();
    setRenames((n) => n + 1);
  };
  const canEdit = canEditKb(session.user.role);
  const helpCenter = `/help/${encodeURIComponent(session.workspace.publicKey)}`;
  const filtered = filter.q.trim() !== '' || filter.status !== '' || filter.category !== '';

  return (
    <section>
      <h1 tabIndex={-1}>Articles</h1>
      <p class="muted">
        The help center’s articles. Published ones are public at{' '}
        <a href={helpCenter} target="_blank" rel="noopener">
          your help center<span class="visually-hidden"> (opens a new tab)</span>
        </a>{' '}
        and answer customers’ questions.
      </p>
      {canEdit && (
        <div class="actions kb-list-actions">
          <KbLink href={articlePath('new')} onOpen={() => onOpen('new')} class="button primary">
            New article
          </KbLink>
          <KbLink
            href={articlePath('import')}
            onOpen={() => onOpen('import')}
            class="button secondary"
          >
            Import
          </KbLink>
        </div>
      )}
      <Filters
        filter={filter}
        onChange={setFilter}
        categories={categories.status === 'ok' ? categories.data.categories : []}
      />
      <Alert error={list.error} />
      {list.articles === undefined && !list.error && <p class="muted">Loading articles…</p>}
      {list.articles?.length === 0 && (
        <div class="empty">
          <p>
            {filtered
              ? 'No article matches. Try other words or clear the filters.'
              : 'No articles yet. Write the first one, or import the ones you have.'}
          </p>
        </div>
      )}
      {list.articles && list.articles.length > 0 && (
        <ul class="list card kb-articles" aria-label="Articles">
          {list.articles.map((a) => (
            <ArticleRow key={a.id} article={a} onOpen={() => onOpen(a.id)} />
          ))}
        </ul>
      )}
      {list.hasMore && (
        <button
          type="button"
          class="button secondary block"
          onClick={list.loadMore}
          disabled={list.loadingMore}
        >
          {list.loadingMore ? 'Loading…' : 'Show more articles'}
        </button>
      )}
      <KbCategories
        api={api}
        canEdit={canEdit}
        categories={categories}
        onChanged={categoriesChanged}
      />
    </section>
  );
}

function ArticleRow({ article: a, onOpen }: { article: KbArticleSummary; onOpen: () => void }) {
  return (
    <li class="list-row kb-article-row">
      <div class="grow">
        <KbLink href={articlePath(a.id)} onOpen={onOpen} class="kb-article-link strong">
          {a.title}
        </KbLink>
        <p class="muted small ellipsis">
          {a.category ?? 'No category'} · {a.locale} · changed {ago(a.updatedAt)} by {a.updatedBy}
        </p>
      </div>
      <StatusBadge status={a.status} />
    </li>
  );
}

function Filters(props: {
  filter: KbFilter;
  onChange: (filter: KbFilter) => void;
  categories: KbCategoryView[];
}) {
  const id = useId();
  const { filter } = props;
  const set = (patch: Partial<KbFilter>) => props.onChange({ ...filter, ...patch });
  return (
    <form role="search" class="kb-filters" onSubmit={(e) => e.preventDefault()}>
      <div class="field kb-search">
        <label for={`${id}-q`}>Search articles</label>
        <input
          id={`${id}-q`}
          type="search"
          value={filter.q}
          onInput={(e) => set({ q: e.currentTarget.value })}
          placeholder="Words in the title or text"
          maxLength={200}
        />
      </div>
      <div class="field">
        <label for={`${id}-status`}>Status</label>
        <select
          id={`${id}-status`}
          value={filter.status}
          onChange={(e) => set({ status: e.currentTarget.value as KbFilter['status'] })}
        >
          <option value="">All</option>
          <option value="draft">Drafts</option>
          <option value="published">Published</option>
        </select>
      </div>
      <div class="field">
        <label for={`${id}-category`}>Category</label>
        <select
          id={`${id}-category`}
          value={filter.category}
          onChange={(e) => set({ category: e.currentTarget.value })}
        >
          <option value="">All</option>
          {props.categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}

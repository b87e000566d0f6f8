import { useState } from 'preact/hooks';
import type { KbCategoryView } from '../../shared/schemas/kb-console.js';
import type { Api, ApiError } from '../api.js';
import { Alert } from '../components/alert.js';
import { TextField } from './kb-fields.js';
import type { Loaded } from '../use-get.js';

interface CategoriesProps {
  api: Api;
  canEdit: boolean;
  categories: Loaded<{ categories: KbCategoryView[] }>;
  onChanged: () => void;
}

/** The categories with their article counts; owners and admins add and rename them. */
export function KbCategories({ api, canEdit, categories, onChanged }: CategoriesProps) {
  const [name, setName] = useState('');
  const [error, setError] = useState<ApiError | string>();
  const [busy, setBusy] = useState(false);

  const add = async (event: Event) => {
    event.preventDefault();
    if (!name.trim()) return setError('Give the category a name, such as "Shipping".');
    setBusy(true);
    setError(undefined);
    const result = await api.post('/kb/categories', { name: name.trim() });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setName('');
    onChanged();
  };

  return (
    <section class="card kb-categories" aria-labelledby="kb-categories-heading">
      <h2 id="kb-categories-heading">Categories</h2>
      <Alert error={error ?? (categories.status === 'error' ? categories.error : undefined)} />
      {categories.status === 'ok' && categories.data.categories.length === 0 && (
        <p class="muted small">No categories yet. Articles can name one when they are saved.</p>
      )}
      {categories.status === 'ok' && categories.data.categories.length > 0 && (
        <ul class="list" aria-label="Categories">
          {categories.data.categories.map((c) => (
            <CategoryRow
              key={c.id}
              api={api}
              category={c}
              canEdit={canEdit}
              onChanged={onChanged}
            />
          ))}
        </ul>
      )}
      {canEdit && (
        <form class="inline-form" onSubmit={add} noValidate>
          <TextField label="New category" value={name} onInput={setName} maxLength={120} />
          <button type="submit" class="button secondary" disabled={busy}>
            Add category
          </button>
        </form>
      )}
    </section>
  );
}

function CategoryRow(props: {
  api: Api;
  category: KbCategoryView;
  canEdit: boolean;
  onChanged: () => void;
}) {
  const { category: c } = props;
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(c.name);
  const [error, setError] = useState<ApiError>();

  const rename = async (event: Event) => {
    event.preventDefault();
    const result = await props.api.post(`/kb/categories/${c.id}`, { name: name.trim() });
    if (!result.ok) return setError(result.error);
    setRenaming(false);
    props.onChanged();
  };

  if (renaming) {
    return (
      <li class="list-row">
        <form class="inline-form grow" onSubmit={rename} noValidate>
          <TextField
            label={`New name for ${c.name}`}
            value={name}
            onInput={setName}
            maxLength={120}
            focus
          />
          <div class="actions">
            <button type="submit" class="button small primary">
              Rename
            </button>
            <button type="button" class="button small secondary" onClick={() => setRenaming(false)}>
              Cancel
            </button>
          </div>
          <Alert error={error} />
        </form>
      </li>
    );
  }
  return (
    <li class="list-row">
      <div class="grow">
        <p class="strong">{c.name}</p>
        <p class="muted small">{c.articles === 1 ? '1 article' : `${c.articles} articles`}</p>
      </div>
      {props.canEdit && (
        <button type="button" class="button small secondary" onClick={() => setRenaming(true)}>
          Rename<span class="visually-hidden"> {c.name}</span>
        </button>
      )}
    </li>
  );
}

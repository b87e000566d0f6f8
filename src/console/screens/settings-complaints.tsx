import { useEffect, useId, useState } from 'preact/hooks';
import type { MemberView } from '../../shared/schemas/auth.js';
import type { ComplaintCategory, ComplaintPolicy } from '../../shared/schemas/cases.js';
import type { Api } from '../api.js';
import { Alert, Notice } from '../components/alert.js';
import { useGet } from '../use-get.js';

/** A category key from its label: "Late delivery" → "late-delivery", unique in the list. */
function keyFor(label: string, taken: string[]): string {
  const base =
    label
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 26) || 'category';
  let key = base;
  for (let n = 2; taken.includes(key); n++) key = `${base}-${n}`;
  return key;
}

/**
 * How complaints are handled: the team customers see as owner, who owns new cases, how soon an
 * answer is promised (all hours, or Monday to Friday only) and the categories the widget's form
 * offers, each with its own promise if it needs one. Owners and admins change it.
 */
export function ComplaintSettings({ api, canEdit }: { api: Api; canEdit: boolean }) {
  const id = useId();
  const [loaded] = useGet<ComplaintPolicy>(api, '/complaint-policy');
  const [members] = useGet<{ members: MemberView[] }>(api, '/members');
  const [policy, setPolicy] = useState<ComplaintPolicy>();
  const [newLabel, setNewLabel] = useState('');
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState<string>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (loaded.status === 'ok') setPolicy(loaded.data);
  }, [loaded]);

  const edit = (change: Partial<ComplaintPolicy>) => {
    setPolicy((p) => p && { ...p, ...change });
    setSaved(undefined);
  };
  const editCategory = (index: number, change: Partial<ComplaintCategory>) =>
    edit({ categories: policy!.categories.map((c, i) => (i === index ? { ...c, ...change } : c)) });
  const addCategory = () => {
    const label = newLabel.trim();
    if (!label) return;
    const key = keyFor(
      label,
      policy!.categories.map((c) => c.key),
    );
    edit({ categories: [...policy!.categories, { key, label }] });
    setNewLabel('');
  };
  const save = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    const result = await api.put<ComplaintPolicy>('/complaint-policy', policy);
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    setPolicy(result.data);
    setSaved('Saved. New complaints follow this policy from now on.');
  };
  const owners = members.status === 'ok' ? members.data.members : [];
  const p = policy;

  return (
    <section class="card complaint-settings" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Complaints</h2>
      <p class="muted">
        A complaint from the widget becomes a case. The customer is told at once who owns it and by
        when they will hear back.
      </p>
      {!canEdit && <p class="muted small">Only owners and admins can change this.</p>}
      <Alert error={loaded.status === 'error' ? loaded.error : error} />
      {p && (
        <form onSubmit={save} noValidate>
          <fieldset class="case-form" disabled={!canEdit || busy}>
            <div class="case-field">
              <label for={`${id}-team`}>Team customers see</label>
              <input
                id={`${id}-team`}
                value={p.team}
                maxLength={80}
                onInput={(e) => edit({ team: e.currentTarget.value })}
              />
            </div>
            <div class="case-field">
              <label for={`${id}-owner`}>New cases owned by</label>
              <select
                id={`${id}-owner`}
                value={p.ownerId ?? ''}
                onChange={(e) => edit({ ownerId: e.currentTarget.value || null })}
              >
                <option value="">The team</option>
                {owners
                  .filter((m) => m.role !== 'champion')
                  .map((m) => (
                    <option key={m.id} value={m.id}>
                      {m.name}
                    </option>
                  ))}
              </select>
            </div>
            <div class="case-field narrow">
              <label for={`${id}-hours`}>Hours to answer</label>
              <input
                id={`${id}-hours`}
                type="number"
                min={1}
                max={720}
                value={p.responseHours}
                onInput={(e) => edit({ responseHours: Number(e.currentTarget.value) })}
              />
            </div>
            <div class="case-field">
              <label for={`${id}-zone`}>Time zone</label>
              <input
                id={`${id}-zone`}
                value={p.timeZone}
                maxLength={64}
                onInput={(e) => edit({ timeZone: e.currentTarget.value })}
              />
            </div>
            <label class="check">
              <input
                type="checkbox"
                checked={p.businessDaysOnly}
                onChange={(e) => edit({ businessDaysOnly: e.currentTarget.checked })}
              />
              <span>Count only Monday to Friday</span>
            </label>
            <fieldset class="case-field wide complaint-categories">
              <legend>Categories in the form (hours: leave empty to use the policy’s)</legend>
              {p.categories.map((c, i) => (
                <div key={c.key} class="category-row">
                  <input
                    aria-label={`Label of ${c.key}`}
                    value={c.label}
                    maxLength={60}
                    onInput={(e) => editCategory(i, { label: e.currentTarget.value })}
                  />
                  <input
                    aria-label={`Hours for ${c.label}`}
                    type="number"
                    min={1}
                    max={720}
                    placeholder={String(p.responseHours)}
                    value={c.responseHours ?? ''}
                    onInput={(e) => {
                      const v = e.currentTarget.value;
                      editCategory(i, { responseHours: v ? Number(v) : undefined });
                    }}
                  />
                  <button
                    type="button"
                    class="button small secondary"
                    aria-label={`Remove ${c.label}`}
                    disabled={p.categories.length === 1}
                    onClick={() => edit({ categories: p.categories.filter((_, j) => j !== i) })}
                  >
                    Remove
                  </button>
                </div>
              ))}
              <div class="category-row">
                <input
                  aria-label="New category"
                  placeholder="New category, e.g. Late delivery"
                  value={newLabel}
                  maxLength={60}
                  onInput={(e) => setNewLabel(e.currentTarget.value)}
                />
                <button type="button" class="button small secondary" onClick={addCategory}>
                  Add
                </button>
              </div>
            </fieldset>
            {canEdit && (
              <button type="submit" class="button primary" disabled={busy}>
                {busy ? 'Saving…' : 'Save complaint policy'}
              </button>
            )}
          </fieldset>
          <Notice message={saved} />
        </form>
      )}
    </section>
  );
}

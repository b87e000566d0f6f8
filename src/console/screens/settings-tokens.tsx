import { useState } from 'preact/hooks';
import type { ApiTokenView } from '../../shared/schemas/auth.js';
import type { Api, ApiError } from '../api.js';
import { Alert } from '../components/alert.js';
import { Field } from '../components/field.js';
import { useGet } from '../use-get.js';
import { NewTokenBox, TokenRow } from './token-parts.js';

type Created = ApiTokenView & { token: string };

/** API tokens for the REST API: create (the secret is shown once), list, and revoke. */
export function ApiTokens({ api }: { api: Api }) {
  const [tokens, reload] = useGet<{ tokens: ApiTokenView[] }>(api, '/tokens');
  const [name, setName] = useState('');
  const [created, setCreated] = useState<Created>();
  const [error, setError] = useState<ApiError | string>();
  const [busy, setBusy] = useState(false);

  const create = async (event: Event) => {
    event.preventDefault();
    if (!name.trim()) return setError('Give the token a name, such as "Order system".');
    setBusy(true);
    setError(undefined);
    const result = await api.post<Created>('/tokens', { name: name.trim() });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setCreated(result.data);
    setName('');
    reload();
  };

  const revoke = async (token: ApiTokenView) => {
    setError(undefined);
    const result = await api.del(`/tokens/${token.id}`);
    if (!result.ok) return setError(result.error);
    if (created?.id === token.id) setCreated(undefined);
    reload();
  };

  return (
    <section class="card" aria-labelledby="tokens-heading">
      <h2 id="tokens-heading">API tokens</h2>
      <p class="muted">
        Tokens let your own systems use the Parley REST API. Each one acts for this workspace.
      </p>
      {created && <NewTokenBox token={created} onDone={() => setCreated(undefined)} />}
      <Alert error={error ?? (tokens.status === 'error' ? tokens.error : undefined)} />
      <form class="inline-form" onSubmit={create} noValidate>
        <Field label="Token name" value={name} onInput={setName} maxLength={100} />
        <button type="submit" class="button primary" disabled={busy}>
          {busy ? 'Creating…' : 'Create token'}
        </button>
      </form>
      {tokens.status === 'loading' && <p class="muted">Loading tokens…</p>}
      {tokens.status === 'ok' && tokens.data.tokens.length === 0 && (
        <p class="muted">No tokens yet.</p>
      )}
      {tokens.status === 'ok' && tokens.data.tokens.length > 0 && (
        <ul class="list" aria-label="API tokens">
          {tokens.data.tokens.map((t) => (
            <TokenRow key={t.id} token={t} onRevoke={() => revoke(t)} />
          ))}
        </ul>
      )}
    </section>
  );
}

import { useState } from 'preact/hooks';
import type { ApiTokenView } from '../../shared/schemas/auth.js';
import { SecretShownOnce } from '../components/secret-shown-once.js';
import { formatDate } from '../format.js';

/** The only time the full token is visible: right after it was made. */
export function NewTokenBox(props: {
  token: ApiTokenView & { token: string };
  onDone: () => void;
}) {
  return (
    <SecretShownOnce
      label="New API token"
      secret={props.token.token}
      testId="new-token"
      copyLabel="Copy token"
      onDone={props.onDone}
    >
      <p class="strong">Token “{props.token.name}” created</p>
      <p>Copy it now and store it somewhere safe. It will not be shown again.</p>
    </SecretShownOnce>
  );
}

/** One token: its name, prefix and dates; revoking asks for confirmation in place. */
export function TokenRow({ token, onRevoke }: { token: ApiTokenView; onRevoke: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const revoked = token.revokedAt !== null;
  return (
    <li class={`list-row token-row${revoked ? ' revoked' : ''}`}>
      <div class="grow">
        <p class="strong">{token.name}</p>
        <p class="muted small">
          <code>{token.prefix}…</code> · created {formatDate(token.createdAt)} ·{' '}
          {token.lastUsedAt ? `last used ${formatDate(token.lastUsedAt)}` : 'never used'}
        </p>
      </div>
      {revoked && <span class="badge">Revoked</span>}
      {!revoked && !confirming && (
        <button
          type="button"
          class="button small danger-outline"
          onClick={() => setConfirming(true)}
        >
          Revoke<span class="visually-hidden"> {token.name}</span>
        </button>
      )}
      {!revoked && confirming && (
        <div class="confirm" role="group" aria-label={`Revoke ${token.name}?`}>
          <span class="small">Apps using it stop working.</span>
          <button type="button" class="button small danger" onClick={onRevoke}>
            Yes, revoke
          </button>
          <button type="button" class="button small secondary" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      )}
    </li>
  );
}

import { useState } from 'preact/hooks';
import type { SessionView } from '../../shared/schemas/auth.js';
import type { Api, ApiError } from '../api.js';
import { Alert } from '../components/alert.js';
import { Field } from '../components/field.js';
import { AuthCard } from '../components/auth-card.js';

export const MIN_PASSWORD = 10;

interface ChoosePasswordProps {
  api: Api;
  session: SessionView;
  onDone: () => void;
  onSignOut: () => void;
}

/** After a one-time link: the person picks the password they will sign in with from now on. */
export function ChoosePassword({ api, session, onDone, onSignOut }: ChoosePasswordProps) {
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<ApiError | string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (password.length < MIN_PASSWORD) {
      return setError(`Your password needs at least ${MIN_PASSWORD} characters.`);
    }
    if (password !== confirm) return setError('The two passwords do not match.');
    setBusy(true);
    setError(undefined);
    const result = await api.post<void>('/auth/password', { newPassword: password });
    setBusy(false);
    if (result.ok) return onDone();
    setError(result.error);
  };

  const signOut = async () => {
    await api.post('/auth/logout');
    onSignOut();
  };

  return (
    <AuthCard title="Choose your password">
      <p class="muted">
        Welcome, {session.user.name}. Your sign-in link works only once, so choose a password for{' '}
        {session.user.email} to sign in to {session.workspace.name} next time.
      </p>
      <Alert error={error} />
      <form onSubmit={submit} noValidate>
        <Field
          label="New password"
          type="password"
          value={password}
          onInput={setPassword}
          autoComplete="new-password"
          hint={`At least ${MIN_PASSWORD} characters. A short sentence is easy to remember.`}
          required
          minLength={MIN_PASSWORD}
        />
        <Field
          label="Repeat the password"
          type="password"
          value={confirm}
          onInput={setConfirm}
          autoComplete="new-password"
          required
        />
        <button type="submit" class="button primary block" disabled={busy}>
          {busy ? 'Saving…' : 'Save password and continue'}
        </button>
      </form>
      <button type="button" class="button link auth-footnote" onClick={signOut}>
        Sign out
      </button>
    </AuthCard>
  );
}

import { useState } from 'preact/hooks';
import type { Api, ApiError } from '../api.js';
import { Alert, Notice } from '../components/alert.js';
import { Field } from '../components/field.js';
import { MIN_PASSWORD } from './choose-password.js';

/** Change one's own password; the current one is required. */
export function ChangePassword({ api }: { api: Api }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [error, setError] = useState<ApiError | string>();
  const [done, setDone] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    setDone(undefined);
    if (!current) return setError('Enter your current password.');
    if (next.length < MIN_PASSWORD) {
      return setError(`Your new password needs at least ${MIN_PASSWORD} characters.`);
    }
    setBusy(true);
    setError(undefined);
    const result = await api.post('/auth/password', {
      currentPassword: current,
      newPassword: next,
    });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setCurrent('');
    setNext('');
    setDone('Password changed. Use the new one next time you sign in.');
  };

  return (
    <section class="card" aria-labelledby="password-heading">
      <h2 id="password-heading">Change your password</h2>
      <Alert error={error} />
      <Notice message={done} />
      <form onSubmit={submit} noValidate>
        <Field
          label="Current password"
          type="password"
          value={current}
          onInput={setCurrent}
          autoComplete="current-password"
          required
        />
        <Field
          label="New password"
          type="password"
          value={next}
          onInput={setNext}
          autoComplete="new-password"
          hint={`At least ${MIN_PASSWORD} characters.`}
          required
        />
        <button type="submit" class="button primary" disabled={busy}>
          {busy ? 'Saving…' : 'Change password'}
        </button>
      </form>
    </section>
  );
}

import { useState } from 'preact/hooks';
import type { SessionView } from '../../shared/schemas/auth.js';
import type { Api, ApiError } from '../api.js';
import { Alert } from '../components/alert.js';
import { Field } from '../components/field.js';
import { AuthCard } from '../components/auth-card.js';

interface SignInProps {
  api: Api;
  /** Why the person is here (a used link, an expired session); shown above the form. */
  reason?: ApiError;
  onSignedIn: (session: SessionView) => void;
}

export function SignIn({ api, reason, onSignedIn }: SignInProps) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ApiError | undefined>(reason);
  const [busy, setBusy] = useState(false);

  // A used sign-in link is not the fault of what is in these fields; a refused password is.
  const wrongPassword = error !== reason && error?.code === 'invalid_credentials';

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!email.trim() || !password) {
      setError({ code: 'invalid_input', message: 'Enter your email address and your password.' });
      return;
    }
    setBusy(true);
    setError(undefined);
    const result = await api.post<SessionView>('/auth/login', { email: email.trim(), password });
    setBusy(false);
    if (result.ok) return onSignedIn(result.data);
    setError(result.error);
    if (result.error.code === 'invalid_credentials') setPassword('');
  };

  return (
    <AuthCard title="Sign in">
      <p class="muted">Sign in to answer your customers.</p>
      <Alert error={error} />
      <form onSubmit={submit} noValidate>
        <Field
          label="Email"
          type="email"
          value={email}
          onInput={setEmail}
          autoComplete="username"
          required
          invalid={wrongPassword}
        />
        <Field
          label="Password"
          type="password"
          value={password}
          onInput={setPassword}
          autoComplete="current-password"
          required
          invalid={wrongPassword}
        />
        <button type="submit" class="button primary block" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <p class="hint auth-footnote">
        First time here? Open the one-time sign-in link that <code>parley start</code> printed, or
        ask an admin for a new one.
      </p>
    </AuthCard>
  );
}

import { useEffect, useMemo, useState } from 'preact/hooks';
import type { SessionView } from '../shared/schemas/auth.js';
import { createApi, type ApiError } from './api.js';
import { ChoosePassword } from './screens/choose-password.js';
import { Shell } from './screens/shell.js';
import { SignIn } from './screens/sign-in.js';

type Phase =
  | { kind: 'loading' }
  | { kind: 'signed-out'; reason?: ApiError }
  | { kind: 'signed-in'; session: SessionView };

/** Reads a one-time sign-in token from #link=TOKEN and removes it from the address bar. */
function takeLinkToken(): string | undefined {
  const match = /^#link=([^&]+)/.exec(location.hash);
  if (!match) return undefined;
  history.replaceState(history.state, '', location.pathname + location.search);
  return decodeURIComponent(match[1]!);
}

/** Decides what the person sees: sign-in, choosing a first password, or the console itself. */
export function App() {
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const api = useMemo(
    () => createApi({ onSessionLost: (reason) => setPhase({ kind: 'signed-out', reason }) }),
    [],
  );

  const enter = (session: SessionView) => {
    api.setCsrfToken(session.csrfToken);
    setPhase({ kind: 'signed-in', session });
  };
  const leave = (reason?: ApiError) => {
    api.setCsrfToken(undefined);
    setPhase({ kind: 'signed-out', reason });
  };

  useEffect(() => {
    const token = takeLinkToken();
    const start = token
      ? api.post<SessionView>('/auth/link', { token })
      : api.get<SessionView>('/auth/session');
    void start.then((result) => {
      if (result.ok) return enter(result.data);
      // Not being signed in yet is normal, not an error worth showing.
      const quiet = !token && result.status === 401 && result.error.code === 'unauthenticated';
      leave(quiet ? undefined : result.error);
    });
  }, [api]);

  if (phase.kind === 'loading') {
    return (
      <div class="center-screen" aria-busy="true">
        <p class="muted">Loading Parley…</p>
      </div>
    );
  }
  if (phase.kind === 'signed-out')
    return <SignIn api={api} reason={phase.reason} onSignedIn={enter} />;
  const { session } = phase;
  if (!session.user.hasPassword) {
    return (
      <ChoosePassword
        api={api}
        session={session}
        onDone={() => enter({ ...session, user: { ...session.user, hasPassword: true } })}
        onSignOut={() => leave()}
      />
    );
  }
  return <Shell api={api} session={session} onSignedOut={() => leave()} />;
}

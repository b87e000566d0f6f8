import type { MemberView, SessionView } from '../../shared/schemas/auth.js';
import type { Api } from '../api.js';
import { Alert } from '../components/alert.js';
import { useGet } from '../use-get.js';
import { initials, roleLabel } from '../format.js';

/** Everyone in the workspace with their role. */
export function Team({ api, session }: { api: Api; session: SessionView }) {
  const [members] = useGet<{ members: MemberView[] }>(api, '/members');
  return (
    <section>
      <h1 tabIndex={-1}>Team</h1>
      <p class="muted">People who can sign in to {session.workspace.name}.</p>
      {members.status === 'loading' && <p class="muted">Loading the team…</p>}
      <Alert error={members.status === 'error' ? members.error : undefined} />
      {members.status === 'ok' && (
        <ul class="list card" aria-label="Team members">
          {members.data.members.map((m) => (
            <li key={m.id} class="list-row">
              <span class="avatar" aria-hidden="true">
                {initials(m.name)}
              </span>
              <div class="grow">
                <p class="strong">
                  {m.name}
                  {m.id === session.user.id && <span class="muted"> (you)</span>}
                </p>
                <p class="muted small ellipsis">{m.email}</p>
                {!m.hasPassword && <p class="muted small">No password yet</p>}
              </div>
              <span class={`badge role-${m.role}`}>{roleLabel(m.role)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

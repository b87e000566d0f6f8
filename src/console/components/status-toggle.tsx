import { useEffect, useState } from 'preact/hooks';
import type { SessionView } from '../../shared/schemas/auth.js';
import type { AgentProfileView, AgentStatus } from '../../shared/schemas/routing.js';
import type { Api } from '../api.js';

/**
 * Available or away, one tap from every screen: away keeps what you hold but routes nothing new
 * to you. Champions are routed separately and do not see it.
 */
export function StatusToggle({ api, session }: { api: Api; session: SessionView }) {
  const [status, setStatus] = useState<AgentStatus>();
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (session.user.role === 'champion') return;
    void api.get<{ agents: AgentProfileView[] }>('/agents').then((r) => {
      if (r.ok) setStatus(r.data.agents.find((a) => a.userId === session.user.id)?.status);
    });
  }, [api, session.user.id]);
  if (!status) return null;

  const flip = async () => {
    setBusy(true);
    const next = status === 'available' ? 'away' : 'available';
    const result = await api.put<AgentProfileView>('/me/status', { status: next });
    setBusy(false);
    if (result.ok) setStatus(result.data.status);
  };
  return (
    <button
      type="button"
      class={`button small status-toggle status-${status}`}
      aria-pressed={status === 'available'}
      title={
        status === 'available' ? 'New conversations can come to you' : 'Nothing new comes to you'
      }
      disabled={busy}
      onClick={flip}
    >
      <span class="status-dot" aria-hidden="true" />
      {status === 'available' ? 'Available' : 'Away'}
    </button>
  );
}

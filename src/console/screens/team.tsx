import { useState } from 'preact/hooks';
import type { MemberView, SessionView } from '../../shared/schemas/auth.js';
import type { AgentProfileView, TeamView } from '../../shared/schemas/routing.js';
import type { Api } from '../api.js';
import { Alert } from '../components/alert.js';
import { useGet } from '../use-get.js';
import { initials, roleLabel } from '../format.js';
import { formatSkills } from './skills-text.js';
import { AgentForm } from './team-agent-form.js';
import { TeamsSection } from './team-teams.js';

/** Everyone in the workspace with their role, what they can take on, and the teams. */
export function Team({ api, session }: { api: Api; session: SessionView }) {
  const [members] = useGet<{ members: MemberView[] }>(api, '/members');
  const [agents, reloadAgents] = useGet<{ agents: AgentProfileView[] }>(api, '/agents');
  const [teams, reloadTeams] = useGet<{ teams: TeamView[] }>(api, '/teams');
  const [editing, setEditing] = useState<string>();
  const canEdit = session.user.role === 'owner' || session.user.role === 'admin';
  const profileOf = (id: string) =>
    agents.status === 'ok' ? agents.data.agents.find((a) => a.userId === id) : undefined;
  const saved = () => {
    setEditing(undefined);
    reloadAgents();
  };

  return (
    <section>
      <h1 tabIndex={-1}>Team</h1>
      <p class="muted">People who can sign in to {session.workspace.name}.</p>
      {members.status === 'loading' && <p class="muted">Loading the team…</p>}
      <Alert error={members.status === 'error' ? members.error : undefined} />
      {members.status === 'ok' && (
        <ul class="list card" aria-label="Team members">
          {members.data.members.map((m) => {
            const profile = profileOf(m.id);
            return (
              <li key={m.id} class="list-row member-row">
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
                  {profile && <ProfileLine profile={profile} />}
                </div>
                <span class={`badge role-${m.role}`}>{roleLabel(m.role)}</span>
                {canEdit && profile && editing !== m.id && (
                  <button
                    type="button"
                    class="button secondary small"
                    onClick={() => setEditing(m.id)}
                    aria-label={`Skills and capacity of ${m.name}`}
                  >
                    Skills
                  </button>
                )}
                {profile && editing === m.id && (
                  <AgentForm api={api} name={m.name} profile={profile} onDone={saved} />
                )}
              </li>
            );
          })}
        </ul>
      )}
      {members.status === 'ok' && teams.status === 'ok' && (
        <TeamsSection
          api={api}
          teams={teams.data.teams}
          members={members.data.members}
          canEdit={canEdit}
          onChanged={reloadTeams}
        />
      )}
    </section>
  );
}

function ProfileLine({ profile }: { profile: AgentProfileView }) {
  const skills = formatSkills(profile.skills);
  const { chat, email, voice } = profile.capacity;
  return (
    <p class="muted small">
      {profile.status === 'away' ? 'Away · ' : ''}
      {`${count(chat, 'chat')}, ${count(email, 'email')}, ${count(voice, 'call')} at once`}
      {skills ? ` · ${skills}` : ''}
    </p>
  );
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

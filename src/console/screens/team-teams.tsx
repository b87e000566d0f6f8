import { useState } from 'preact/hooks';
import type { MemberView } from '../../shared/schemas/auth.js';
import type { TeamView } from '../../shared/schemas/routing.js';
import type { Api } from '../api.js';
import { Alert } from '../components/alert.js';
import { Field } from '../components/field.js';
import { hoursSummary } from './hours-summary.js';
import { formatSkills, parseSkills } from './skills-text.js';
import { TeamHoursForm } from './team-hours-form.js';

type Editing = { team?: TeamView } | undefined;

/** Teams a conversation can be routed to: who is in them and what skills they require. */
export function TeamsSection(props: {
  api: Api;
  teams: TeamView[];
  members: MemberView[];
  canEdit: boolean;
  onChanged: () => void;
}) {
  const [editing, setEditing] = useState<Editing>();
  const [editingHours, setEditingHours] = useState<string>();
  const nameOf = (id: string) => props.members.find((m) => m.id === id)?.name ?? 'someone';
  const done = () => {
    setEditing(undefined);
    props.onChanged();
  };
  const hoursDone = () => {
    setEditingHours(undefined);
    props.onChanged();
  };
  return (
    <section class="card" aria-labelledby="teams-heading">
      <h2 id="teams-heading">Teams</h2>
      <p class="muted">
        Conversations for a team go to its members who are online, have the skills and have room.
      </p>
      {props.teams.length === 0 && <p class="muted">No teams yet: everyone answers everything.</p>}
      <ul class="list" aria-label="Teams">
        {props.teams.map((team) => (
          <li key={team.id} class="list-row team-row">
            <div class="grow">
              <p class="strong">{team.name}</p>
              <p class="muted small">
                {team.memberIds.length
                  ? team.memberIds.map(nameOf).join(', ')
                  : 'Nobody in this team yet'}
              </p>
              {Object.keys(team.requiredSkills).length > 0 && (
                <p class="muted small">Needs: {formatSkills(team.requiredSkills)}</p>
              )}
              <p class={`small hours-line${team.openNow ? ' is-open' : ''}`}>
                {hoursSummary(team)}
              </p>
            </div>
            {props.canEdit && editingHours !== team.id && (
              <button
                type="button"
                class="button secondary small"
                onClick={() => setEditingHours(team.id)}
                aria-label={`Opening hours of ${team.name}`}
              >
                Hours
              </button>
            )}
            {props.canEdit && (
              <button
                type="button"
                class="button secondary small"
                onClick={() => setEditing({ team })}
                aria-label={`Edit team ${team.name}`}
              >
                Edit
              </button>
            )}
            {editingHours === team.id && (
              <TeamHoursForm api={props.api} team={team} onDone={hoursDone} />
            )}
          </li>
        ))}
      </ul>
      {props.canEdit && !editing && (
        <button type="button" class="button secondary" onClick={() => setEditing({})}>
          New team
        </button>
      )}
      {editing && (
        <TeamForm api={props.api} members={props.members} team={editing.team} onDone={done} />
      )}
    </section>
  );
}

function TeamForm(props: { api: Api; members: MemberView[]; team?: TeamView; onDone: () => void }) {
  const [name, setName] = useState(props.team?.name ?? '');
  const [skills, setSkills] = useState(formatSkills(props.team?.requiredSkills ?? {}));
  const [memberIds, setMemberIds] = useState(new Set(props.team?.memberIds ?? []));
  const [error, setError] = useState<string>();

  const toggle = (id: string) => {
    const next = new Set(memberIds);
    if (!next.delete(id)) next.add(id);
    setMemberIds(next);
  };
  const save = async (event: Event) => {
    event.preventDefault();
    const parsed = parseSkills(skills);
    if (!parsed.ok) return setError(parsed.error);
    const body = { name, requiredSkills: parsed.skills, memberIds: [...memberIds] };
    const result = props.team
      ? await props.api.put(`/teams/${props.team.id}`, body)
      : await props.api.post('/teams', body);
    if (!result.ok) return setError(result.error.message);
    props.onDone();
  };
  const remove = async () => {
    const result = await props.api.del(`/teams/${props.team!.id}`);
    if (!result.ok) return setError(result.error.message);
    props.onDone();
  };

  return (
    <form
      class="team-form"
      onSubmit={save}
      noValidate
      aria-label={props.team ? 'Edit team' : 'New team'}
    >
      <Field label="Team name" value={name} onInput={setName} required maxLength={60} />
      <Field
        label="Skills it needs"
        value={skills}
        onInput={setSkills}
        hint="Optional. Name and minimum level 1–5: refunds 2"
        maxLength={600}
      />
      <fieldset class="member-picks">
        <legend>Members</legend>
        {props.members
          .filter((m) => m.role !== 'champion')
          .map((m) => (
            <label key={m.id} class="check">
              <input type="checkbox" checked={memberIds.has(m.id)} onChange={() => toggle(m.id)} />
              {m.name}
            </label>
          ))}
      </fieldset>
      <Alert error={error} />
      <div class="row-actions">
        <button class="button primary small">Save team</button>
        <button type="button" class="button secondary small" onClick={props.onDone}>
          Cancel
        </button>
        {props.team && (
          <button type="button" class="button danger small" onClick={remove}>
            Delete team
          </button>
        )}
      </div>
    </form>
  );
}

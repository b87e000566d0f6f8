import { useState } from 'preact/hooks';
import type { AgentProfileView, Capacity } from '../../shared/schemas/routing.js';
import type { Api } from '../api.js';
import { Alert } from '../components/alert.js';
import { Field } from '../components/field.js';
import { formatSkills, parseSkills } from './skills-text.js';

const CHANNEL_LABEL: Record<keyof Capacity, string> = {
  chat: 'Chats at once',
  email: 'Emails at once',
  voice: 'Calls at once',
};

/** An owner or admin sets what an agent can take on: skills with levels and capacity. */
export function AgentForm(props: {
  api: Api;
  name: string;
  profile: AgentProfileView;
  onDone: (saved?: AgentProfileView) => void;
}) {
  const [skills, setSkills] = useState(formatSkills(props.profile.skills));
  const [capacity, setCapacity] = useState<Capacity>(props.profile.capacity);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const save = async (event: Event) => {
    event.preventDefault();
    const parsed = parseSkills(skills);
    if (!parsed.ok) return setError(parsed.error);
    setBusy(true);
    const result = await props.api.put<AgentProfileView>(`/agents/${props.profile.userId}`, {
      skills: parsed.skills,
      capacity,
    });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    props.onDone(result.data);
  };

  return (
    <form class="agent-form" onSubmit={save} noValidate aria-label={`Routing for ${props.name}`}>
      <Field
        label="Skills"
        value={skills}
        onInput={setSkills}
        hint="Name and level 1–5, separated by commas: refunds 4, german 5"
        maxLength={600}
      />
      <div class="capacity-row">
        {(Object.keys(CHANNEL_LABEL) as (keyof Capacity)[]).map((channel) => (
          <label key={channel} class="field">
            <span>{CHANNEL_LABEL[channel]}</span>
            <input
              type="number"
              min={0}
              max={channel === 'voice' ? 1 : 50}
              value={capacity[channel]}
              onInput={(e) =>
                setCapacity({ ...capacity, [channel]: Number(e.currentTarget.value) || 0 })
              }
            />
          </label>
        ))}
      </div>
      <Alert error={error} />
      <div class="row-actions">
        <button class="button primary small" disabled={busy}>
          {busy ? 'Saving…' : 'Save'}
        </button>
        <button type="button" class="button secondary small" onClick={() => props.onDone()}>
          Cancel
        </button>
      </div>
    </form>
  );
}

import { useId, useMemo, useState } from 'preact/hooks';
import type { BusinessHours, OpenInterval } from '../../shared/schemas/business-hours.js';
import type { TeamView } from '../../shared/schemas/routing.js';
import type { Api, ApiError } from '../api.js';
import { Alert } from '../components/alert.js';
import { WEEK } from './hours-summary.js';

type Day = (typeof WEEK)[number]['key'];

/** One weekday in the editor: one opening, plus the stored ones when there were several. */
interface DayState {
  open: boolean;
  from: string;
  to: string;
  /** A day stored with several openings keeps them as they are until its times are edited. */
  kept?: OpenInterval[];
}

const OFFICE: DayState = { open: true, from: '09:00', to: '17:00' };
const CLOSED: DayState = { ...OFFICE, open: false };

function initialDays(hours: BusinessHours | null): Record<Day, DayState> {
  const days = {} as Record<Day, DayState>;
  for (const { key } of WEEK) {
    const stored = hours?.weekly[key];
    // A team without hours starts from a usual office week, to be changed.
    if (!stored) days[key] = key === 'sat' || key === 'sun' ? CLOSED : OFFICE;
    else if (!stored.length) days[key] = CLOSED;
    else days[key] = { open: true, ...stored[0]!, kept: stored.length > 1 ? stored : undefined };
  }
  return days;
}

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const zoneNames = () =>
  typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];

/** An owner or admin sets when a team answers: its zone, a weekly schedule and holidays. */
export function TeamHoursForm(props: { api: Api; team: TeamView; onDone: () => void }) {
  const hours = props.team.businessHours;
  const [zone, setZone] = useState(hours?.timeZone ?? browserZone());
  const [days, setDays] = useState(() => initialDays(hours));
  const [holidays, setHolidays] = useState((hours?.holidays ?? []).join('\n'));
  const [error, setError] = useState<ApiError | string>();
  const [busy, setBusy] = useState(false);
  const id = useId();
  const zones = useMemo(zoneNames, []);

  const edit = (day: Day, change: Partial<DayState>) =>
    setDays({ ...days, [day]: { ...days[day], ...change, kept: undefined } });
  const send = async (businessHours: BusinessHours | null) => {
    setBusy(true);
    const result = await props.api.put(`/teams/${props.team.id}/hours`, { businessHours });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    props.onDone();
  };
  const save = (event: Event) => {
    event.preventDefault();
    const weekly = {} as BusinessHours['weekly'];
    for (const { key } of WEEK) {
      const d = days[key];
      weekly[key] = !d.open ? [] : (d.kept ?? [{ from: d.from, to: d.to }]);
    }
    const dates = holidays.split(/\s+/).filter(Boolean);
    void send({ timeZone: zone.trim(), weekly, holidays: dates });
  };

  return (
    <form
      class="hours-form"
      onSubmit={save}
      noValidate
      aria-label={`Opening hours of ${props.team.name}`}
    >
      <div class="field">
        <label for={`${id}-zone`}>Time zone</label>
        <input
          id={`${id}-zone`}
          list={`${id}-zones`}
          value={zone}
          onInput={(e) => setZone(e.currentTarget.value)}
          aria-describedby={`${id}-zone-hint`}
          spellcheck={false}
          autoCapitalize="none"
        />
        <datalist id={`${id}-zones`}>
          {zones.map((z) => (
            <option key={z} value={z} />
          ))}
        </datalist>
        <p class="hint" id={`${id}-zone-hint`}>
          The times below are in this zone; customers see them in their own.
        </p>
      </div>
      <fieldset class="hours-week">
        <legend>Each week</legend>
        {WEEK.map(({ key, long }) => {
          const d = days[key];
          return (
            <div key={key} class="hours-day">
              <span class="hours-day-name">{long}</span>
              <label class="check">
                <input
                  type="checkbox"
                  checked={d.open}
                  onChange={(e) => edit(key, { open: e.currentTarget.checked })}
                  aria-label={`Open on ${long}`}
                />
                Open
              </label>
              <span class="hours-times">
                <input
                  type="time"
                  value={d.from}
                  disabled={!d.open}
                  onInput={(e) => edit(key, { from: e.currentTarget.value })}
                  aria-label={`${long} from`}
                />
                <span aria-hidden="true">–</span>
                <input
                  type="time"
                  value={d.to}
                  disabled={!d.open}
                  onInput={(e) => edit(key, { to: e.currentTarget.value })}
                  aria-label={`${long} until`}
                />
              </span>
              {d.open && d.kept && (
                <p class="hint hours-kept">
                  {`Saved with ${d.kept.length} openings (${d.kept.map((i) => `${i.from}–${i.to}`).join(', ')}); they stay as they are unless you change this day’s times.`}
                </p>
              )}
            </div>
          );
        })}
      </fieldset>
      <div class="field">
        <label for={`${id}-holidays`}>Holidays</label>
        <textarea
          id={`${id}-holidays`}
          rows={3}
          value={holidays}
          onInput={(e) => setHolidays(e.currentTarget.value)}
          aria-describedby={`${id}-holidays-hint`}
          placeholder="2026-12-25"
          spellcheck={false}
        />
        <p class="hint" id={`${id}-holidays-hint`}>
          One date per line, like 2026-12-25: closed all that day.
        </p>
      </div>
      <Alert error={error} />
      <div class="row-actions">
        <button class="button primary small" disabled={busy}>
          Save hours
        </button>
        <button
          type="button"
          class="button secondary small"
          disabled={busy}
          onClick={() => void send(null)}
        >
          Always open
        </button>
        <button type="button" class="button secondary small" onClick={props.onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

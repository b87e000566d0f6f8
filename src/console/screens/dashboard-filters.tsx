import { DASHBOARD_CHANNELS, DASHBOARD_CHANNEL_LABELS } from '../../shared/dashboard-labels.js';
import type { TeamView } from '../../shared/schemas/routing.js';
import { PRESET_DAYS, periodProblem, type DashboardFilter } from './dashboard-filter.js';

/** Period (7, 30, 90 days or chosen days), team and channel; every change applies at once. */
export function DashboardFilters({
  filter,
  teams,
  onChange,
}: {
  filter: DashboardFilter;
  teams: TeamView[];
  onChange: (f: DashboardFilter) => void;
}) {
  const set = (patch: Partial<DashboardFilter>) => onChange({ ...filter, ...patch });
  const problem = periodProblem(filter);
  return (
    <form class="dash-filters" onSubmit={(e) => e.preventDefault()} aria-label="Filters">
      <fieldset class="segmented">
        <legend>Period</legend>
        {[...PRESET_DAYS, 'custom' as const].map((p) => (
          <label key={p}>
            <input
              type="radio"
              name="dashboard-period"
              value={p}
              checked={filter.period === p}
              onChange={() => set({ period: p })}
            />
            <span>{p === 'custom' ? 'Custom' : `${p} days`}</span>
          </label>
        ))}
      </fieldset>
      {filter.period === 'custom' && (
        <div class="dash-days">
          <label>
            First day
            <input
              type="date"
              value={filter.from}
              onChange={(e) => set({ from: e.currentTarget.value })}
            />
          </label>
          <label>
            Last day
            <input
              type="date"
              value={filter.to}
              onChange={(e) => set({ to: e.currentTarget.value })}
            />
          </label>
          {problem && (
            <p class="small msg-error" role="alert">
              {problem}
            </p>
          )}
        </div>
      )}
      <label>
        Team
        <select value={filter.team} onChange={(e) => set({ team: e.currentTarget.value })}>
          <option value="">All teams</option>
          {teams.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Channel
        <select
          value={filter.channel}
          onChange={(e) => set({ channel: e.currentTarget.value as DashboardFilter['channel'] })}
        >
          <option value="">All channels</option>
          {DASHBOARD_CHANNELS.map((c) => (
            <option key={c} value={c}>
              {DASHBOARD_CHANNEL_LABELS[c]}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}

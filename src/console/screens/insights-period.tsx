export const PERIOD_DAYS = [7, 30, 90] as const;

/** Native radio buttons drawn as one segmented control: arrow keys move between them. */
export function PeriodPicker({ days, onChange }: { days: number; onChange: (d: number) => void }) {
  return (
    <fieldset class="segmented">
      <legend>Period</legend>
      {PERIOD_DAYS.map((d) => (
        <label key={d}>
          <input
            type="radio"
            name="insights-period"
            value={d}
            checked={d === days}
            onChange={() => onChange(d)}
          />
          <span>Last {d} days</span>
        </label>
      ))}
    </fieldset>
  );
}

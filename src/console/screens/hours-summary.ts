import type { BusinessHours, OpenInterval } from '../../shared/schemas/business-hours.js';
import type { TeamView } from '../../shared/schemas/routing.js';

type Day = keyof BusinessHours['weekly'];

/** The week as people in most of our customers' countries read it: Monday first. */
export const WEEK: readonly { key: Day; short: string; long: string }[] = [
  { key: 'mon', short: 'Mon', long: 'Monday' },
  { key: 'tue', short: 'Tue', long: 'Tuesday' },
  { key: 'wed', short: 'Wed', long: 'Wednesday' },
  { key: 'thu', short: 'Thu', long: 'Thursday' },
  { key: 'fri', short: 'Fri', long: 'Friday' },
  { key: 'sat', short: 'Sat', long: 'Saturday' },
  { key: 'sun', short: 'Sun', long: 'Sunday' },
];

const intervalsText = (day: readonly OpenInterval[]) =>
  day.map((i) => `${i.from}–${i.to}`).join(', ');

/** "Mon–Fri 09:00–17:00, Sat 10:00–14:00": consecutive days with the same hours share one entry. */
export function weeklyText(weekly: BusinessHours['weekly']): string {
  const runs: { first: string; last: string; hours: string }[] = [];
  for (const { key, short } of WEEK) {
    const hours = intervalsText(weekly[key] ?? []);
    const run = runs.at(-1);
    if (run?.hours === hours) run.last = short;
    else runs.push({ first: short, last: short, hours });
  }
  const open = runs.filter((r) => r.hours);
  if (!open.length) return 'Never open';
  return open
    .map((r) => `${r.first === r.last ? r.first : `${r.first}–${r.last}`} ${r.hours}`)
    .join(', ');
}

/** "Mon 09:00" in the team's own zone, so it reads like the schedule it comes from. */
function openingText(iso: string, zone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('hour')}:${part('minute')}`;
}

/**
 * One line for a team row: "Mon–Fri 09:00–17:00 (Europe/Berlin) · 1 holiday · Open now", or
 * "… · Closed · opens Mon 09:00"; "Always open" without a schedule.
 */
export function hoursSummary(team: Pick<TeamView, 'businessHours' | 'openNow' | 'nextOpening'>) {
  const hours = team.businessHours;
  if (!hours) return 'Always open';
  const parts = [`${weeklyText(hours.weekly)} (${hours.timeZone})`];
  const holidays = hours.holidays.length;
  if (holidays) parts.push(`${holidays} holiday${holidays === 1 ? '' : 's'}`);
  if (team.openNow) parts.push('Open now');
  else if (team.nextOpening)
    parts.push(`Closed · opens ${openingText(team.nextOpening, hours.timeZone)}`);
  else parts.push('Closed');
  return parts.join(' · ');
}

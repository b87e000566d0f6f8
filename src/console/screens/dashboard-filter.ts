import {
  DASHBOARD_CHANNELS,
  DASHBOARD_MAX_DAYS,
  type DashboardChannel,
} from '../../shared/dashboard-labels.js';

const DAY_MS = 86_400_000;
export const PRESET_DAYS = ['7', '30', '90'] as const;

/**
 * The dashboard's filters as they live in the page's URL, so a link shares the same view:
 * ?period=7|30|90|custom&from=YYYY-MM-DD&to=YYYY-MM-DD (custom, both days included)&team=&channel=
 */
export interface DashboardFilter {
  period: (typeof PRESET_DAYS)[number] | 'custom';
  from: string;
  to: string;
  team: string;
  channel: DashboardChannel | '';
}

const isDay = (s: string | null): s is string => !!s && /^\d{4}-\d{2}-\d{2}$/.test(s);
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const today = () => Math.floor(Date.now() / DAY_MS) * DAY_MS;

/** Reads the filters from a query string; anything unknown falls back to the last 30 days. */
export function readFilter(search: string): DashboardFilter {
  const q = new URLSearchParams(search);
  const period = q.get('period');
  const channel = q.get('channel') ?? '';
  const custom = period === 'custom' && isDay(q.get('from')) && isDay(q.get('to'));
  return {
    period: custom ? 'custom' : (PRESET_DAYS.find((p) => p === period) ?? '30'),
    from: custom ? q.get('from')! : day(today() - 29 * DAY_MS),
    to: custom ? q.get('to')! : day(today()),
    team: q.get('team') ?? '',
    channel: DASHBOARD_CHANNELS.find((c) => c === channel) ?? '',
  };
}

/** The query string that goes in the page's URL (only what differs from the defaults). */
export function filterSearch(f: DashboardFilter): string {
  const q = new URLSearchParams();
  if (f.period !== '30') q.set('period', f.period);
  if (f.period === 'custom') {
    q.set('from', f.from);
    q.set('to', f.to);
  }
  if (f.team) q.set('team', f.team);
  if (f.channel) q.set('channel', f.channel);
  const s = q.toString();
  return s ? `?${s}` : '';
}

/**
 * The API's query: whole UTC days, today included, `to` exclusive. The API reads the same
 * days, so the trend's steps are whole days.
 */
export function apiQuery(f: DashboardFilter): string {
  const start = (d: string) => Date.parse(`${d}T00:00:00Z`);
  const [from, to] =
    f.period === 'custom'
      ? [start(f.from), start(f.to) + DAY_MS]
      : [today() - (Number(f.period) - 1) * DAY_MS, today() + DAY_MS];
  const q = new URLSearchParams({
    from: new Date(from).toISOString(),
    to: new Date(to).toISOString(),
  });
  if (f.team) q.set('team', f.team);
  if (f.channel) q.set('channel', f.channel);
  return q.toString();
}

/** What is wrong with a custom period, if anything, in words. */
export function periodProblem(f: DashboardFilter): string | undefined {
  if (f.period !== 'custom') return undefined;
  if (!isDay(f.from) || !isDay(f.to)) return 'Choose both the first and the last day.';
  if (f.from > f.to) return 'The first day must not be after the last day.';
  const days = (Date.parse(f.to) - Date.parse(f.from)) / DAY_MS + 1;
  if (days > DASHBOARD_MAX_DAYS) return `Choose at most ${DASHBOARD_MAX_DAYS} days.`;
  return undefined;
}

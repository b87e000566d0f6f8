import type { TopicPoint } from '../../shared/schemas/topics.js';

const W = 120;
const H = 32;

/**
 * Texts per period as small bars, the negative part of each bar in red: drawn with SVG
 * attributes only (the console's CSP allows no inline styles). The label says the same in words.
 */
export function Sparkline({ points, label }: { points: TopicPoint[]; label: string }) {
  const max = Math.max(1, ...points.map((p) => p.texts));
  const step = W / Math.max(1, points.length);
  const bar = Math.max(1, step - 1);
  const height = (n: number) => (n === 0 ? 0 : Math.max(1.5, (n / max) * (H - 2)));
  return (
    <svg
      class="sparkline"
      viewBox={`0 0 ${W} ${H}`}
      width={W}
      height={H}
      role="img"
      aria-label={label}
    >
      <line x1="0" y1={H - 0.5} x2={W} y2={H - 0.5} class="sparkline-axis" />
      {points.map((p, i) => {
        const all = height(p.texts);
        const bad = height(p.negative);
        const x = i * step;
        return (
          <g key={p.start}>
            <rect x={x} y={H - all} width={bar} height={all} class="sparkline-bar" />
            {bad > 0 && (
              <rect x={x} y={H - bad} width={bar} height={bad} class="sparkline-negative" />
            )}
          </g>
        );
      })}
    </svg>
  );
}

/** "12 texts, 5 negative; busiest 3 Mar (4)". */
export function describePoints(points: TopicPoint[], unit: 'day' | 'week'): string {
  const texts = points.reduce((n, p) => n + p.texts, 0);
  const negative = points.reduce((n, p) => n + p.negative, 0);
  if (texts === 0) return 'No texts in this period';
  const busiest = points.reduce((a, b) => (b.texts > a.texts ? b : a));
  const when = new Date(`${busiest.start}T00:00:00Z`).toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
  const span = unit === 'week' ? `week of ${when}` : when;
  return `${texts} texts, ${negative} negative; busiest ${span} (${busiest.texts})`;
}

import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';

// Only what the dashboard draws, so the rest of Chart.js stays out of the bundle.
Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
);
Chart.defaults.font.family = 'inherit';
Chart.defaults.color = '#5b6558';

export const COLORS = {
  brand: '#2f4a2a',
  detractor: '#b42318',
  passive: '#c98a1b',
  promoter: '#1d6b3a',
  negative: '#b42318',
  neutral: '#8a9a84',
  lines: ['#2f4a2a', '#2d6cdf', '#8a4fbf', '#c98a1b'],
};

/**
 * One Chart.js chart in a canvas that fills its box (the box sets the height, CSS the width),
 * so it resizes with the page. The canvas is an image with a summary; the table beside it says
 * the same in full. Chart.js sets sizes through the CSSOM, which the console's CSP allows.
 */
export function ChartBox({
  config,
  label,
  tall,
}: {
  config: ChartConfiguration;
  label: string;
  tall?: boolean;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const chart = new Chart(canvas.current!, {
      ...config,
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        // Room above the top gridline, so a point at the scale's maximum is not cut in half.
        layout: { padding: { top: 8, right: 4 } },
        ...config.options,
      },
    });
    return () => chart.destroy();
  }, [config]);
  return (
    <div class={tall ? 'dash-chart tall' : 'dash-chart'}>
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}

/** "3 Mar" for a YYYY-MM-DD day. */
export const shortDay = (start: string) =>
  new Date(`${start}T00:00:00Z`).toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });

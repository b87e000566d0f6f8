import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Api } from '../api.js';

type DashboardScreen = ComponentType<{ api: Api }>;
let loaded: Promise<DashboardScreen> | undefined;

/**
 * The dashboard and its charting library load when it is first opened: the rest of the console
 * (what an agent on a phone uses all day) does not carry the charts.
 */
export function LazyDashboard({ api }: { api: Api }) {
  const [Screen, setScreen] = useState<DashboardScreen>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    loaded ??= import('./dashboard.js').then((m) => m.Dashboard);
    loaded
      .then((s) => setScreen(() => s))
      .catch(() => {
        loaded = undefined;
        setFailed(true);
      });
  }, []);
  if (Screen) return <Screen api={api} />;
  return (
    <section>
      <h1 tabIndex={-1}>Dashboard</h1>
      <p class="muted" role="status">
        {failed
          ? 'The dashboard could not be loaded. Check the connection and reload.'
          : 'Loading…'}
      </p>
    </section>
  );
}

import { RouteLink } from '../components/route-link.js';
import { settingsPath } from '../router.js';

/** The way into Insights from Settings (a fifth tab would not fit a phone's tab bar). */
export function InsightsLink() {
  return (
    <section class="card" aria-labelledby="insights-heading">
      <h2 id="insights-heading">Insights</h2>
      <p class="muted">
        How well the assistant and your help articles answer customers: automated resolution,
        escalations and article helpfulness.
      </p>
      <RouteLink href={settingsPath('insights')} class="button secondary">
        Open insights
      </RouteLink>
    </section>
  );
}

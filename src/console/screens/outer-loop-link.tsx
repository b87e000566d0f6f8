import { RouteLink } from '../components/route-link.js';
import { settingsPath } from '../router.js';

/** Where the Topics and Improvements pages go back to: the Feedback screen. */
export const FEEDBACK_PATH = '/console/feedback';

/** The way into Topics and Improvements, under Feedback (there is no room for more tabs). */
export function OuterLoopLink() {
  return (
    <section class="card" aria-labelledby="outer-loop-heading">
      <h2 id="outer-loop-heading">Topics and improvements</h2>
      <p class="muted">
        What customers write about, how it trends and how negative it is; the changes made because
        of it, and telling everyone who raised one when it ships.
      </p>
      <div class="actions">
        <RouteLink href={settingsPath('topics')} class="button secondary">
          Open topics
        </RouteLink>
        <RouteLink href={settingsPath('improvements')} class="button secondary">
          Open improvements
        </RouteLink>
      </div>
    </section>
  );
}

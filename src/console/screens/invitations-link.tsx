import { RouteLink } from '../components/route-link.js';
import { settingsPath } from '../router.js';

/** The way into proactive invitations from Settings (owners and admins). */
export function InvitationsLink() {
  return (
    <section class="card" aria-labelledby="invitations-heading">
      <h2 id="invitations-heading">Proactive invitations</h2>
      <p class="muted">
        Invite visitors to chat on the pages where they hesitate, only when someone can answer
        within your promise, and see whether it makes them buy more than a control group.
      </p>
      <RouteLink href={settingsPath('invitations')} class="button secondary">
        Open invitations
      </RouteLink>
    </section>
  );
}

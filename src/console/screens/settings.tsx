import type { SessionView } from '../../shared/schemas/auth.js';
import type { Api } from '../api.js';
import { InsightsLink } from './insights-link.js';
import { InvitationsLink } from './invitations-link.js';
import { CallbackSettingsCard } from './settings-callbacks.js';
import { ComplaintSettings } from './settings-complaints.js';
import { ApiTokens } from './settings-tokens.js';
import { LadderSettings } from './settings-ladder.js';
import { NotificationSettings } from './settings-notifications.js';
import { ChangePassword } from './settings-password.js';
import { SlaSettings } from './settings-slas.js';
import { Webhooks } from './settings-webhooks.js';
import { WorkspaceSettings } from './settings-workspace.js';

/**
 * Workspace details and widget snippet, the way into Insights, the escalation ladder, API tokens
 * and webhooks (admins), one's own password.
 */
export function Settings({ api, session }: { api: Api; session: SessionView }) {
  const isAdmin = session.user.role === 'owner' || session.user.role === 'admin';
  return (
    <section>
      <h1 tabIndex={-1}>Settings</h1>
      <WorkspaceSettings api={api} />
      {session.user.role !== 'champion' && <InsightsLink />}
      {isAdmin && <InvitationsLink />}
      <LadderSettings api={api} canEdit={isAdmin} />
      {session.user.role !== 'champion' && <ComplaintSettings api={api} canEdit={isAdmin} />}
      {session.user.role !== 'champion' && <CallbackSettingsCard api={api} canEdit={isAdmin} />}
      {session.user.role !== 'champion' && <SlaSettings api={api} canEdit={isAdmin} />}
      {isAdmin ? (
        <ApiTokens api={api} />
      ) : (
        <section class="card" aria-labelledby="tokens-heading">
          <h2 id="tokens-heading">API tokens</h2>
          <p class="muted">Only owners and admins can create and revoke API tokens.</p>
        </section>
      )}
      <NotificationSettings api={api} />
      {isAdmin ? (
        <Webhooks api={api} />
      ) : (
        <section class="card" aria-labelledby="webhooks-heading">
          <h2 id="webhooks-heading">Webhooks</h2>
          <p class="muted">Only owners and admins can add webhook endpoints and see their log.</p>
        </section>
      )}
      <ChangePassword api={api} />
    </section>
  );
}

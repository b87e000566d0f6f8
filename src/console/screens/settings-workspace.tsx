import { useState } from 'preact/hooks';
import type { Api } from '../api.js';
import { Alert } from '../components/alert.js';
import { CopyButton } from '../components/copy-button.js';
import { useGet } from '../use-get.js';

interface WorkspaceDetails {
  id: string;
  name: string;
  publicKey: string;
  isDemo: boolean;
  createdAt: string;
  /** Present only for owners and admins. */
  identitySecret?: string;
}

export const widgetSnippet = (origin: string, publicKey: string) =>
  `<script async src="${origin}/widget.js" data-workspace="${publicKey}"></script>`;

/** Name, public key, the widget snippet to paste into a site, and (for admins) the secret. */
export function WorkspaceSettings({ api }: { api: Api }) {
  const [workspace] = useGet<WorkspaceDetails>(api, '/workspace');
  if (workspace.status === 'loading') return <p class="muted">Loading the workspace…</p>;
  if (workspace.status === 'error') return <Alert error={workspace.error} />;
  const w = workspace.data;
  const snippet = widgetSnippet(location.origin, w.publicKey);
  return (
    <>
      <section class="card" aria-labelledby="workspace-heading">
        <h2 id="workspace-heading">Workspace</h2>
        <dl class="facts">
          <dt>Name</dt>
          <dd>{w.name}</dd>
          <dt>Public key</dt>
          <dd>
            <code class="break">{w.publicKey}</code>
          </dd>
        </dl>
      </section>
      <section class="card" aria-labelledby="widget-heading">
        <h2 id="widget-heading">Add the widget to your site</h2>
        <p class="muted">
          Paste this before <code>&lt;/body&gt;</code> on every page where customers should see the
          help button.
        </p>
        <pre class="snippet" aria-label="Widget install snippet">
          <code>{snippet}</code>
        </pre>
        <CopyButton text={snippet} label="Copy snippet" />
      </section>
      {w.identitySecret && <IdentitySecret secret={w.identitySecret} />}
    </>
  );
}

function IdentitySecret({ secret }: { secret: string }) {
  const [shown, setShown] = useState(false);
  return (
    <section class="card" aria-labelledby="secret-heading">
      <h2 id="secret-heading">Identity secret</h2>
      <p class="muted">
        Your server signs signed-in customers' identities with this secret. Keep it on your server;
        never put it in a web page.
      </p>
      <p class="secret">
        <code class="break" data-testid="identity-secret">
          {shown ? secret : '•'.repeat(24)}
        </code>
      </p>
      <div class="actions">
        <button
          type="button"
          class="button small secondary"
          aria-pressed={shown}
          onClick={() => setShown(!shown)}
        >
          {shown ? 'Hide' : 'Reveal'}
        </button>
        <CopyButton text={secret} />
      </div>
    </section>
  );
}

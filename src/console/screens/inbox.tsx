import { InboxIcon } from '../components/icons.js';

/** No conversations yet: they start arriving once the widget is on the business's site. */
export function Inbox({ onOpenSettings }: { onOpenSettings: () => void }) {
  return (
    <section>
      <h1 tabIndex={-1}>Inbox</h1>
      <div class="empty">
        <InboxIcon />
        <h2>No conversations yet</h2>
        <p>
          Conversations arrive here when customers write to you through the Parley widget. Add the
          widget to your site from Settings.
        </p>
        <button type="button" class="button secondary" onClick={onOpenSettings}>
          Get the widget snippet
        </button>
      </div>
    </section>
  );
}

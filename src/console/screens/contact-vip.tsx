import { useState } from 'preact/hooks';
import type { Contact } from '../../shared/schemas/api.js';
import type { Api } from '../api.js';

interface Props {
  api: Api;
  contact: Contact;
  onSaved: (contact: Contact) => void;
}

/**
 * Marks the customer as a VIP. It counts only for a verified contact (the site signed their
 * identity): a verified VIP skips the assistant when the ladder says so, and an open
 * conversation with the assistant goes to the team at once.
 */
export function ContactVip({ api, contact, onSaved }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const change = async (box: HTMLInputElement) => {
    setBusy(true);
    setError(undefined);
    const saved = await api.put<Contact>(`/contacts/${contact.id}/vip`, { vip: box.checked });
    setBusy(false);
    if (saved.ok) return onSaved(saved.data);
    box.checked = contact.vip; // refused: show what is stored
    setError(saved.error.message);
  };
  return (
    <div class="contact-vip small">
      <label class="check">
        <input
          type="checkbox"
          checked={contact.vip}
          disabled={busy}
          onChange={(e) => void change(e.currentTarget)}
        />
        VIP customer
      </label>
      <p class="hint">
        {contact.verified
          ? 'Verified VIPs go straight to a person when your ladder lets VIPs skip the assistant.'
          : 'Counts once your site verifies this customer (signed identity).'}
      </p>
      {error && (
        <p class="msg-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

import { useState } from 'preact/hooks';
import type { Contact } from '../../shared/schemas/api.js';
import type { Api } from '../api.js';
import { formatDate } from '../format.js';
import { ContactActivityFacts } from './contact-activity.js';
import { ContactVip } from './contact-vip.js';

interface Props {
  api: Api;
  contact: Contact | null;
  name: string;
  conversationId: string;
  onOpen: (id: string) => void;
}

/**
 * Who the customer is: name, email, whether the business vouched for that identity, and (loaded
 * only while the panel is open) the page they are on and their other conversations.
 */
export function ContactPanel({ api, contact, name, conversationId, onOpen }: Props) {
  const [open, setOpen] = useState(false);
  // The VIP mark as last saved here, while the same contact is on screen.
  const [saved, setSaved] = useState<Contact | null>(null);
  const vip = (saved?.id === contact?.id ? saved : contact)?.vip ?? false;
  return (
    <details class="contact-panel" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        Contact: <span class="strong">{name}</span>
        {contact?.verified ? (
          <span class="badge verified">Verified</span>
        ) : (
          <span class="badge unverified">Not verified</span>
        )}
        {vip && contact?.verified && <span class="badge vip">VIP</span>}
      </summary>
      <dl class="facts small">
        <dt>Name</dt>
        <dd class="break">{contact?.name ?? 'Not given'}</dd>
        <dt>Email</dt>
        <dd class="break">{contact?.email ?? 'Not given'}</dd>
        <dt>Identity</dt>
        <dd>
          {contact?.verified
            ? 'Verified by your site (signed identity)'
            : 'Not verified: anyone could have typed these details'}
        </dd>
        {contact && (
          <>
            <dt>First seen</dt>
            <dd>{formatDate(contact.createdAt)}</dd>
          </>
        )}
      </dl>
      {contact && <ContactVip api={api} contact={{ ...contact, vip }} onSaved={setSaved} />}
      {open && contact && (
        <ContactActivityFacts
          api={api}
          contactId={contact.id}
          conversationId={conversationId}
          onOpen={onOpen}
        />
      )}
    </details>
  );
}

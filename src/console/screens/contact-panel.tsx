import { useState } from 'preact/hooks';
import type { Contact } from '../../shared/schemas/api.js';
import type { Api } from '../api.js';
import { formatDate } from '../format.js';
import { ContactActivityFacts } from './contact-activity.js';

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
  return (
    <details class="contact-panel" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        Contact: <span class="strong">{name}</span>
        {contact?.verified ? (
          <span class="badge verified">Verified</span>
        ) : (
          <span class="badge unverified">Not verified</span>
        )}
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

import type { Contact } from '../../shared/schemas/api.js';
import { formatDate } from '../format.js';

/** Who the customer is: name, email, and whether the business vouched for that identity. */
export function ContactPanel({ contact, name }: { contact: Contact | null; name: string }) {
  return (
    <details class="contact-panel">
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
    </details>
  );
}

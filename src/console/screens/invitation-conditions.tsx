import type { Audience, Operator } from '../../shared/schemas/invitations.js';
import { AUDIENCE_LABELS, OPERATOR_LABELS, type Draft } from './invitation-draft.js';

interface Props {
  id: string;
  draft: Draft;
  edit: (change: Partial<Draft>) => void;
}

const OPERATORS = Object.keys(OPERATOR_LABELS) as Operator[];

/** Where and to whom a rule applies: pages, time, session, referrer, tracked events, audience. */
export function InvitationConditions({ id, draft: d, edit }: Props) {
  const setAttribute = (index: number, change: Partial<Draft['attributes'][number]>) =>
    edit({ attributes: d.attributes.map((a, i) => (i === index ? { ...a, ...change } : a)) });
  return (
    <fieldset class="case-field wide invitation-when">
      <legend>When to invite</legend>
      <div class="case-form">
        <div class="case-field wide">
          <label for={`${id}-urls`}>Pages (one per line; empty: every page)</label>
          <textarea
            id={`${id}-urls`}
            rows={2}
            value={d.urls}
            placeholder={'/cart\n/products/*'}
            aria-describedby={`${id}-urls-hint`}
            onInput={(e) => edit({ urls: e.currentTarget.value })}
          />
          <p class="hint" id={`${id}-urls-hint`}>
            “/cart” matches every address starting with it; * matches anything; a full address names
            the site too.
          </p>
        </div>
        <div class="case-field narrow">
          <label for={`${id}-secs`}>Seconds on page</label>
          <input
            id={`${id}-secs`}
            type="number"
            min={0}
            max={3600}
            value={d.minSecondsOnPage}
            onInput={(e) => edit({ minSecondsOnPage: Number(e.currentTarget.value) })}
          />
        </div>
        <div class="case-field narrow">
          <label for={`${id}-pages`}>Pages in visit</label>
          <input
            id={`${id}-pages`}
            type="number"
            min={1}
            max={100}
            value={d.minPagesInSession}
            onInput={(e) => edit({ minPagesInSession: Number(e.currentTarget.value) })}
          />
        </div>
        <div class="case-field">
          <label for={`${id}-ref`}>Came from (referrer)</label>
          <input
            id={`${id}-ref`}
            value={d.referrer}
            maxLength={300}
            placeholder="*google.*"
            onInput={(e) => edit({ referrer: e.currentTarget.value })}
          />
        </div>
        <div class="case-field">
          <label for={`${id}-audience`}>Audience</label>
          <select
            id={`${id}-audience`}
            value={d.audience}
            onChange={(e) => edit({ audience: e.currentTarget.value as Audience })}
          >
            {Object.entries(AUDIENCE_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div class="case-field wide">
          <label for={`${id}-events`}>Tracked events, all needed (comma-separated)</label>
          <input
            id={`${id}-events`}
            value={d.events}
            placeholder="add_to_cart"
            aria-describedby={`${id}-events-hint`}
            onInput={(e) => edit({ events: e.currentTarget.value })}
          />
          <p class="hint" id={`${id}-events-hint`}>
            Your site sends them with Parley('track', 'add_to_cart', {'{'} cart_value: 120 {'}'}).
          </p>
        </div>
        <fieldset class="case-field wide invitation-attributes">
          <legend>Event properties</legend>
          {d.attributes.map((a, i) => (
            <div key={i} class="category-row">
              <input
                aria-label={`Property ${i + 1}`}
                placeholder="cart_value"
                value={a.key}
                maxLength={64}
                onInput={(e) => setAttribute(i, { key: e.currentTarget.value })}
              />
              <select
                aria-label={`Comparison ${i + 1}`}
                value={a.op}
                onChange={(e) => setAttribute(i, { op: e.currentTarget.value as Operator })}
              >
                {OPERATORS.map((op) => (
                  <option key={op} value={op}>
                    {OPERATOR_LABELS[op]}
                  </option>
                ))}
              </select>
              <input
                aria-label={`Value ${i + 1}`}
                placeholder="100"
                value={a.value}
                maxLength={200}
                onInput={(e) => setAttribute(i, { value: e.currentTarget.value })}
              />
              <button
                type="button"
                class="button small secondary"
                aria-label={`Remove property ${i + 1}`}
                onClick={() => edit({ attributes: d.attributes.filter((_, j) => j !== i) })}
              >
                Remove
              </button>
            </div>
          ))}
          {d.attributes.length < 5 && (
            <button
              type="button"
              class="button small secondary"
              onClick={() =>
                edit({ attributes: [...d.attributes, { key: '', op: 'gte', value: '' }] })
              }
            >
              Add a property condition
            </button>
          )}
        </fieldset>
      </div>
    </fieldset>
  );
}

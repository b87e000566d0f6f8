import { describe, expect, it } from 'vitest';
import { InvitationRuleInput } from '../../shared/schemas/invitations.js';
import { blankDraft, draftOf, inputOf } from './invitation-draft.js';

describe('the invitation rule form', () => {
  it('turns typed lists and values into a rule the server accepts, and back', () => {
    const draft = {
      ...blankDraft(),
      name: 'Big carts',
      message: 'Questions about your order?',
      urls: '/cart\n\n  /checkout/*  ',
      events: 'add_to_cart,  view_shipping',
      referrer: '  ',
      attributes: [
        { key: 'cart_value', op: 'gte' as const, value: ' 100 ' },
        { key: 'tier', op: 'eq' as const, value: 'gold' },
      ],
    };
    const input = inputOf(draft);
    expect(input.conditions).toMatchObject({
      urls: ['/cart', '/checkout/*'],
      events: ['add_to_cart', 'view_shipping'],
      attributes: [
        { key: 'cart_value', op: 'gte', value: 100 },
        { key: 'tier', op: 'eq', value: 'gold' },
      ],
    });
    expect(input.conditions).not.toHaveProperty('referrer');
    expect(input.teamId).toBeNull();
    const parsed = InvitationRuleInput.parse(input);
    const back = draftOf({ ...parsed, id: 'r1', updatedAt: '2025-01-01T00:00:00.000Z' });
    expect(inputOf(back)).toEqual(input);
  });
});

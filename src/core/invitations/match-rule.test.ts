import { describe, expect, it } from 'vitest';
import { RuleConditions } from '../../shared/schemas/invitations.js';
import { holds, matchesRule, type Visit } from './match-rule.js';
import { matchesPattern } from './url-pattern.js';

const visit = (over: Partial<Visit> = {}): Visit => ({
  url: 'https://shop.example/products/ipa-kit?colour=amber',
  referrer: '',
  seconds: 0,
  pages: 1,
  events: [],
  attrs: {},
  returning: false,
  identified: false,
  ...over,
});
const rule = (over: Record<string, unknown> = {}) => RuleConditions.parse(over);

describe('URL patterns', () => {
  it('a pattern starting with a slash is a prefix of the path and query, whatever the case', () => {
    expect(matchesPattern('/products', 'https://shop.example/products/ipa-kit')).toBe(true);
    expect(matchesPattern('/Products/IPA', 'https://shop.example/products/ipa-kit')).toBe(true);
    expect(matchesPattern('/cart', 'https://shop.example/products/ipa-kit')).toBe(false);
    expect(matchesPattern('/products/ipa-kit?colour=', visit().url)).toBe(true);
  });

  it('a star matches any run of characters, and then the whole address must match', () => {
    expect(matchesPattern('/products/*', 'https://shop.example/products/ipa-kit')).toBe(true);
    expect(matchesPattern('/products/*/reviews', 'https://shop.example/products/x')).toBe(false);
    expect(matchesPattern('/*/checkout', 'https://shop.example/eu/checkout')).toBe(true);
    expect(matchesPattern('/*?ref=mail*', 'https://shop.example/sale?ref=mail-42')).toBe(true);
  });

  it('other patterns look at the whole address, so a host can be named', () => {
    expect(matchesPattern('https://shop.example/sale', 'https://shop.example/sale/hops')).toBe(
      true,
    );
    expect(matchesPattern('*google.*', 'https://www.google.de/search?q=wort')).toBe(true);
    // A loose pattern also matches an address that merely mentions the host; anchor it if needed.
    expect(matchesPattern('*google.*', 'https://duckduckgo.com/?q=google.com')).toBe(true);
    expect(matchesPattern('https://*.google.*/*', 'https://duckduckgo.com/?q=google.com')).toBe(
      false,
    );
  });

  it('regular expression characters in a pattern are taken literally', () => {
    expect(matchesPattern('/a.b(c)*', 'https://x.example/a.b(c)d')).toBe(true);
    expect(matchesPattern('/a.b*', 'https://x.example/axb')).toBe(false);
  });
});

describe('rule matching', () => {
  it('a rule without conditions matches every visit', () => {
    expect(matchesRule(rule(), visit())).toBe(true);
  });

  it('matches when any of its URL patterns matches the page', () => {
    const r = rule({ urls: ['/cart', '/products/*'] });
    expect(matchesRule(r, visit())).toBe(true);
    expect(matchesRule(r, visit({ url: 'https://shop.example/about' }))).toBe(false);
  });

  it('waits for the time on the page and the pages in the session', () => {
    const r = rule({ minSecondsOnPage: 30, minPagesInSession: 3 });
    expect(matchesRule(r, visit({ seconds: 29, pages: 3 }))).toBe(false);
    expect(matchesRule(r, visit({ seconds: 30, pages: 2 }))).toBe(false);
    expect(matchesRule(r, visit({ seconds: 30, pages: 3 }))).toBe(true);
  });

  it('a referrer pattern needs a session that came from there', () => {
    const r = rule({ referrer: '*google.*' });
    expect(matchesRule(r, visit({ referrer: 'https://www.google.com/' }))).toBe(true);
    expect(matchesRule(r, visit({ referrer: 'https://news.example/' }))).toBe(false);
    expect(matchesRule(r, visit({ referrer: '' }))).toBe(false);
  });

  it('needs every named event to have been tracked in the session', () => {
    const r = rule({ events: ['add_to_cart', 'view_shipping'] });
    expect(matchesRule(r, visit({ events: ['add_to_cart'] }))).toBe(false);
    expect(matchesRule(r, visit({ events: ['view_shipping', 'x', 'add_to_cart'] }))).toBe(true);
  });

  it('compares tracked attributes: cart_value >= 100', () => {
    const r = rule({ attributes: [{ key: 'cart_value', op: 'gte', value: 100 }] });
    expect(matchesRule(r, visit({ attrs: { cart_value: 120.5 } }))).toBe(true);
    expect(matchesRule(r, visit({ attrs: { cart_value: '100' } }))).toBe(true);
    expect(matchesRule(r, visit({ attrs: { cart_value: 99.99 } }))).toBe(false);
    expect(matchesRule(r, visit({ attrs: {} }))).toBe(false);
  });

  it('targets new, returning or identified visitors', () => {
    const v = {
      fresh: visit(),
      back: visit({ returning: true }),
      known: visit({ identified: true }),
    };
    expect(matchesRule(rule({ audience: 'new' }), v.fresh)).toBe(true);
    expect(matchesRule(rule({ audience: 'new' }), v.back)).toBe(false);
    expect(matchesRule(rule({ audience: 'returning' }), v.back)).toBe(true);
    expect(matchesRule(rule({ audience: 'returning' }), v.fresh)).toBe(false);
    expect(matchesRule(rule({ audience: 'identified' }), v.known)).toBe(true);
    expect(matchesRule(rule({ audience: 'identified' }), v.back)).toBe(false);
  });
});

describe('attribute conditions', () => {
  it('numbers compare as numbers, text as text, and "contains" ignores case', () => {
    expect(holds({ key: 'k', op: 'eq', value: 10 }, '10.0')).toBe(true);
    expect(holds({ key: 'k', op: 'eq', value: 'gold' }, 'gold')).toBe(true);
    expect(holds({ key: 'k', op: 'neq', value: 'gold' }, 'silver')).toBe(true);
    expect(holds({ key: 'k', op: 'lt', value: 5 }, 4)).toBe(true);
    expect(holds({ key: 'k', op: 'lte', value: 5 }, 6)).toBe(false);
    expect(holds({ key: 'k', op: 'gt', value: 5 }, 'lots')).toBe(false);
    expect(holds({ key: 'k', op: 'contains', value: 'IPA' }, 'west coast ipa kit')).toBe(true);
    expect(holds({ key: 'k', op: 'eq', value: 'true' }, true)).toBe(true);
  });
});

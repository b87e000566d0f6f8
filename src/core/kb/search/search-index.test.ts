import { describe, expect, it } from 'vitest';
import { SearchIndex, type IndexedArticle } from './search-index.js';
import { stem } from './stemmer.js';

const article = (id: string, title: string, bodyMd: string): IndexedArticle => ({
  id,
  title,
  slug: id,
  url: null,
  category: null,
  locale: 'en',
  bodyMd,
});

function storeIndex() {
  const index = new SearchIndex();
  index.upsert(
    article('refunds', 'Refunds', 'We refund the full price to your card within five days.'),
  );
  index.upsert(
    article(
      'shipping',
      'Shipping costs',
      'Standard shipping costs eight dollars. Overnight shipping costs twenty.',
    ),
  );
  index.upsert(
    article(
      'password',
      'Resetting your password',
      'Click "Forgot password" and follow the email we send.',
    ),
  );
  index.upsert(
    article(
      'address',
      'Changing your address',
      'Update the street address in your profile before the order ships.',
    ),
  );
  return index;
}
const ids = (index: SearchIndex, q: string) => index.search(q).hits.map((h) => h.article.id);

describe('the search index', () => {
  it('finds words in any form: plural, past tense, -ing', () => {
    const index = storeIndex();
    expect(ids(index, 'refunded')[0]).toBe('refunds');
    expect(ids(index, 'resetting passwords')[0]).toBe('password');
    expect(ids(index, 'addresses')[0]).toBe('address');
  });

  it('tolerates typos: a dropped, doubled or swapped letter, two in a long word', () => {
    const index = storeIndex();
    expect(ids(index, 'refnud')[0]).toBe('refunds');
    expect(ids(index, 'shiping cost')[0]).toBe('shipping');
    expect(ids(index, 'adddress')[0]).toBe('address');
    expect(ids(index, 'pasword')[0]).toBe('password');
    expect(ids(index, 'overnihgt shpping')[0]).toBe('shipping');
    const [typo] = index.search('refnud').terms;
    expect(typo).toMatchObject({ word: 'refnud', match: 'typo' });
  });

  it('does not "correct" short words into others, and finds nothing for stop words alone', () => {
    const index = storeIndex();
    expect(index.search('cat').terms[0]!.match).toBe('unknown');
    expect(index.search('how do i do it').hits).toEqual([]);
  });

  it('ranks a title match above a body mention', () => {
    const index = storeIndex();
    index.upsert(article('mention', 'Store hours', 'Refunds are handled by the refunds team.'));
    expect(ids(index, 'refunds')).toEqual(['refunds', 'mention']);
  });

  it('returns the best-matching sentence as the snippet', () => {
    const [hit] = storeIndex().search('overnight shipping').hits;
    expect(hit!.snippet).toBe('Overnight shipping costs twenty.');
  });

  it('follows updates and removals, also after many (compaction)', () => {
    const index = storeIndex();
    index.upsert(article('refunds', 'Refunds', 'Money goes back to your gift card.'));
    expect(ids(index, 'gift card')).toEqual(['refunds']);
    expect(ids(index, 'five days')).toEqual([]);
    for (let i = 0; i < 300; i++) index.upsert(article(`tmp-${i}`, `Temporary ${i}`, 'scratch'));
    for (let i = 0; i < 300; i++) index.remove(`tmp-${i}`);
    expect(index.size).toBe(4);
    expect(ids(index, 'scratch')).toEqual([]);
    expect(ids(index, 'gift card')).toEqual(['refunds']);
    expect(ids(index, 'shipping')[0]).toBe('shipping');
  });
});

describe('the stemmer', () => {
  it('follows Porter on the usual suspects', () => {
    const cases: Record<string, string> = {
      caresses: 'caress',
      ponies: 'poni',
      refunded: 'refund',
      shipping: 'ship',
      hopping: 'hop',
      relational: 'relat',
      generalization: 'gener',
      happy: 'happi',
      membership: 'member',
      added: 'add',
      add: 'add',
    };
    for (const [word, expected] of Object.entries(cases)) expect(stem(word)).toBe(expected);
  });
});

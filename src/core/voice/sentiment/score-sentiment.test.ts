import { describe, expect, it } from 'vitest';
import { LABEL_THRESHOLD, scoreSentiment } from './score-sentiment.js';

const score = (text: string) => scoreSentiment(text).score;
const label = (text: string) => scoreSentiment(text).label;

describe('sentiment of plain statements', () => {
  it('a clearly positive sentence is positive and a clearly negative one negative', () => {
    expect(label('The support team was wonderful and so helpful.')).toBe('positive');
    expect(label('The delivery was late and the box was damaged.')).toBe('negative');
  });

  it('a factual sentence with no opinion is neutral with a score of exactly 0', () => {
    expect(scoreSentiment('The package arrived on Tuesday at the front desk.')).toEqual({
      score: 0,
      label: 'neutral',
    });
  });

  it('a lone mildly rated word moves the score but is not enough for a label', () => {
    for (const text of ['The answer was acceptable.', 'The steps were a bit unclear.']) {
      expect(Math.abs(score(text))).toBeGreaterThan(0);
      expect(Math.abs(score(text))).toBeLessThanOrEqual(LABEL_THRESHOLD);
      expect(label(text)).toBe('neutral');
    }
  });

  it('a plea for help is not praise', () => {
    expect(label('Please help, I want my money back')).not.toBe('positive');
    expect(label('Support was so helpful!')).toBe('positive');
  });

  it('"like" that compares is not praise, "like" that is the verb is', () => {
    expect(score('The steak tasted like cardboard.')).toBe(0);
    expect(label('I really like the new app.')).toBe('positive');
  });
});

describe('negation', () => {
  it('"not good" is negative and "not bad" is positive', () => {
    expect(label('The food was not good.')).toBe('negative');
    expect(label('Honestly not bad at all.')).toBe('positive');
  });

  it('contractions and words without the apostrophe negate too', () => {
    expect(label("I didn't like the agent's tone.")).toBe('negative');
    expect(label('I dont like this update')).toBe('negative');
    expect(label('I didn’t enjoy it')).toBe('negative');
  });

  it('a negation reaches over a modifier to the next rated word, but not past a comma', () => {
    expect(label('The staff were not very friendly')).toBe('negative');
    expect(label('No, the staff were friendly and helpful')).toBe('positive');
  });

  it('"never again" is a complaint even without a rated word', () => {
    expect(label('Never again would I order from them.')).toBe('negative');
    expect(label('I will never shop here again')).toBe('negative');
  });

  it('an extreme comparison keeps its sign under "could not"', () => {
    expect(label('I could not be happier with the service.')).toBe('positive');
    expect(label('Honestly it couldn’t be worse.')).toBe('negative');
  });

  it('"not only … but also" adds rather than denies', () => {
    expect(label('Not only friendly but also fast.')).toBe('positive');
  });
});

describe('intensifiers, diminishers and emphasis', () => {
  it('"very" and "extremely" strengthen a word, "slightly" and "kind of" weaken it', () => {
    const plain = score('The agent was helpful.');
    expect(score('The agent was very helpful.')).toBeGreaterThan(plain);
    expect(score('The agent was extremely helpful.')).toBeGreaterThan(plain);
    expect(score('The agent was slightly helpful.')).toBeLessThan(plain);
    expect(score('I was kind of disappointed.')).toBeGreaterThan(score('I was disappointed.'));
    expect(score('I was kind of disappointed.')).toBeLessThan(0);
  });

  it('a word in capitals inside ordinary text counts more', () => {
    expect(score('The refund was GREAT, thanks')).toBeGreaterThan(
      score('The refund was great, thanks'),
    );
    expect(score('This is TERRIBLE service')).toBeLessThan(score('This is terrible service'));
  });

  it('a message all in capitals scores like the same message in lower case', () => {
    expect(score('THIS IS TERRIBLE SERVICE')).toBeCloseTo(score('this is terrible service'), 10);
  });

  it('exclamation marks strengthen the whole message, up to four of them', () => {
    expect(score('Great job!!')).toBeGreaterThan(score('Great job'));
    expect(score('Great job!!!!!!!!')).toBeCloseTo(score('Great job!!!!'), 10);
  });

  it('stretched letters are read as the word', () => {
    expect(label('I am soooo happyyyy')).toBe('positive');
    expect(label('The pizza was goooood')).toBe('positive');
  });
});

describe('emoji and emoticons', () => {
  it('emoji carry their sentiment alone and in text', () => {
    expect(label('😡')).toBe('negative');
    expect(label('👍')).toBe('positive');
    expect(label('Order arrived 👍')).toBe('positive');
    expect(label('Still waiting for my refund 😡😡')).toBe('negative');
  });

  it('an emoji with a variation selector or a skin tone is the same emoji', () => {
    expect(score('❤️')).toBeCloseTo(score('❤'), 10);
    expect(score('👍🏽')).toBeCloseTo(score('👍'), 10);
  });

  it('ASCII emoticons count, but a URL or a list item is not a face', () => {
    expect(label('Thanks :)')).toBe('positive');
    expect(score('My order is late :(')).toBeLessThan(0);
    expect(score('See http://example.com/orders')).toBe(0);
    expect(score('Read part b) and note:(a)')).toBe(0);
  });
});

describe('"but" contrast', () => {
  it('what follows "but" outweighs what precedes it', () => {
    expect(label('The food was good but the service was terrible.')).toBe('negative');
    expect(label('The service was terrible but the food was good.')).toBe('positive');
  });

  it('a "but" in one sentence does not weaken the sentences before it', () => {
    const before = score('I love this shop.');
    const withContrast = score('I love this shop. It was slow but fine.');
    expect(withContrast).toBeGreaterThan(before);
  });
});

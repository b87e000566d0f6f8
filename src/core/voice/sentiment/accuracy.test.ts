import { describe, expect, it } from 'vitest';
import { accuracy, loadLabelledSentences } from './evaluate.js';
import { scoreSentiment } from './score-sentiment.js';

// Binary guess: "positive" label against everything else (neutral counts as negative).
const isPositive = (text: string) => scoreSentiment(text).label === 'positive';

// Thresholds, from the figures measured when the scorer was written (docs/sentiment.md):
// Yelp 0.846 overall, 0.820 on its second half (held out from tuning the label threshold);
// IMDB 0.789, never used for tuning. Yelp must meet the goal of 0.80 on both; IMDB (longer,
// more ironic sentences) keeps a floor of 0.78 so a regression shows without flakiness —
// the scorer is deterministic, so the margin is only for lexicon package updates.
describe('accuracy on the UCI labelled sentences', () => {
  it('Yelp reviews are classified at least 80% right, on the held-out half too', () => {
    const yelp = loadLabelledSentences('yelp');
    expect(yelp).toHaveLength(1_000);
    expect(accuracy(yelp, isPositive)).toBeGreaterThanOrEqual(0.8);
    expect(accuracy(yelp.slice(500), isPositive)).toBeGreaterThanOrEqual(0.8);
  });

  it('IMDB sentences, never used for tuning, are classified at least 78% right', () => {
    const imdb = loadLabelledSentences('imdb');
    expect(imdb).toHaveLength(1_000);
    expect(accuracy(imdb, isPositive)).toBeGreaterThanOrEqual(0.78);
  });
});

import { performance } from 'node:perf_hooks';
import Sentiment from 'sentiment';
import {
  accuracy,
  loadLabelledSentences,
  type LabelledSentence,
} from '../src/core/voice/sentiment/evaluate.js';
import { lexicon } from '../src/core/voice/sentiment/lexicon.js';
import { LABEL_THRESHOLD, scoreSentiment } from '../src/core/voice/sentiment/score-sentiment.js';
import { tokenize } from '../src/core/voice/sentiment/tokenize.js';
import { RULES } from '../src/core/voice/sentiment/modifiers.js';
import { result, type ScenarioReport } from './report.js';

const SCENARIO = 'sentiment';
/** Accuracy of the bare AFINN `sentiment` package on these Yelp sentences, as its README reports. */
const PUBLISHED_YELP = 69.6;
const ROUNDS = 20;

type Classifier = (text: string) => boolean;

/**
 * Accuracy on the UCI labelled Yelp and IMDB sentences: Parley's scorer against the bare
 * `sentiment` package (AFINN-165 with its emoji list and a one-word negation, no other rules)
 * under the same binary rule, plus a plain word count over Parley's own lexicon, and throughput.
 */
export async function runSentiment(progress: (line: string) => void): Promise<ScenarioReport> {
  const yelp = loadLabelledSentences('yelp');
  const imdb = loadLabelledSentences('imdb');
  const afinn = new Sentiment();
  const ours: Classifier = (t) => scoreSentiment(t).label === 'positive';
  // The same binary rule for the package: only a positive score counts as positive.
  const bare: Classifier = (t) => afinn.analyze(t).score > 0;
  // The rule its README's 0.696 was measured with: a score of 0 counts as positive.
  const published: Classifier = (t) => afinn.analyze(t).score >= 0;
  const plain: Classifier = (t) => plainWordCount(t) > LABEL_THRESHOLD;

  progress('sentiment: scoring 2,000 labelled sentences');
  const pct = (set: readonly LabelledSentence[], f: Classifier) => 100 * accuracy(set, f);
  const [first, second] = [yelp.slice(0, 500), yelp.slice(500)];
  progress(`sentiment: timing ${ROUNDS} rounds of both sets`);
  const all = [...yelp, ...imdb].map((s) => s.text);
  const oursRate = throughput(all, (t) => scoreSentiment(t));
  const bareRate = throughput(all, (t) => afinn.analyze(t));

  const r = (metric: string, unit: string, v: number, b: number | null, goal?: string) =>
    result(SCENARIO, metric, unit, v, b, goal ?? null);
  const f1 = (n: number) => n.toFixed(1);
  return {
    scenario: SCENARIO,
    legend:
      'value = Parley scoreSentiment ("positive" label vs the rest), baseline = bare `sentiment` package (AFINN-165), score > 0 vs the rest',
    results: [
      r('yelp accuracy (1,000)', '%', pct(yelp, ours), pct(yelp, bare), '>= 80 %'),
      r('yelp accuracy vs published lexicon baseline', '%', pct(yelp, ours), PUBLISHED_YELP),
      r('yelp first half (threshold tuned here)', '%', pct(first, ours), pct(first, bare)),
      r('yelp second half (held out)', '%', pct(second, ours), pct(second, bare), '>= 80 %'),
      r('imdb accuracy (1,000, never tuned on)', '%', pct(imdb, ours), pct(imdb, bare)),
      r('throughput', 'sentences/s', Math.round(oursRate), Math.round(bareRate)),
    ],
    notes: [
      `the bare package under its published rule (a score of 0 counts as positive): Yelp ${f1(pct(yelp, published))}%, IMDB ${f1(pct(imdb, published))}% (published: ${PUBLISHED_YELP}% on Yelp).`,
      `plain word count over Parley's lexicon and tokenizer, no rules, same threshold: Yelp ${f1(pct(yelp, plain))}%, IMDB ${f1(pct(imdb, plain))}%.`,
      `labels: positive above ${LABEL_THRESHOLD}, negative below -${LABEL_THRESHOLD}; the threshold was chosen on the first 500 Yelp sentences only (docs/sentiment.md).`,
      `throughput: ${ROUNDS} rounds over all ${all.length.toLocaleString('en-US')} sentences after a warm-up, one thread; ${f1(1e6 / oursRate)} µs per sentence.`,
    ],
  };
}

/** The lexicon's valences summed and squashed like the real score, with no rule applied. */
function plainWordCount(text: string): number {
  const words = lexicon();
  let sum = 0;
  for (const t of tokenize(text).tokens) {
    if (t.kind === 'word') sum += words.word(t.lower) ?? 0;
    else if (t.kind === 'symbol') sum += words.symbol(t.lower) ?? 0;
  }
  return sum / Math.sqrt(sum * sum + RULES.alpha);
}

/** Sentences per second over `rounds` passes, after one untimed pass. */
function throughput(texts: readonly string[], score: (text: string) => unknown): number {
  for (const t of texts) score(t);
  const t0 = performance.now();
  for (let round = 0; round < ROUNDS; round++) for (const t of texts) score(t);
  return (ROUNDS * texts.length) / ((performance.now() - t0) / 1000);
}

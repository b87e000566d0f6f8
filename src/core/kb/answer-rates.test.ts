// Measures the virtual agent on real material: the ABCD guidelines imported as articles, the
// CLINC150 out-of-scope queries, CLINC150 in-scope queries about things the store does not do
// (banking, travel, cars, cooking, small talk), and store-policy questions written by hand.
// The figures are printed; the thresholds below are the team's bar, set under the measured
// rates with some room, never the rates themselves.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  abcdToJsonLines,
  DEFAULT_GUIDELINES,
  readGuidelines,
} from '../../../scripts/abcd-to-jsonl.mjs';
import { openTestDb } from '../../../test/test-db.js';
import { seedWorkspace } from '../../../test/seed.js';
import type { Db } from '../../db/db.js';
import { listKbArticles } from './get-article.js';
import { answerQuestion, type AnswerWithEvidence } from './answer.js';
import { importArticles } from './import-articles.js';
import { searchArticles } from './search/search-articles.js';
import { STORE_QUESTIONS } from './answer-rates.questions.js';

const THRESHOLDS = {
  /** CLINC150 oos_train + oos_val (200 queries) declined. */
  outOfScopeDeclined: 0.93,
  /** Unrelated in-scope CLINC150 intents (val split) declined. */
  unrelatedDeclined: 0.95,
  /** Store questions answered at all. */
  storeAnswered: 0.85,
  /** Store questions answered and citing a right article first. */
  storeAnsweredRight: 0.75,
};

// CLINC150 intents the store's guidelines do not cover. Left out on purpose: intents the store
// does handle in its own way (order_status, card_declined, pay_bill, bill_due, cancel, order…),
// where an answer would not be a false one.
const UNRELATED_INTENTS = [
  'balance',
  'transfer',
  'routing',
  'interest_rate',
  'freeze_account',
  'direct_deposit',
  'taxes',
  'w2',
  'rollover_401k',
  'income',
  'credit_score',
  'improve_credit_score',
  'apr',
  'exchange_rate',
  'book_flight',
  'book_hotel',
  'car_rental',
  'flight_status',
  'lost_luggage',
  'carry_on',
  'international_visa',
  'travel_alert',
  'travel_suggestion',
  'plug_type',
  'vaccines',
  'timezone',
  'oil_change_how',
  'oil_change_when',
  'tire_pressure',
  'tire_change',
  'gas_type',
  'jump_start',
  'mpg',
  'last_maintenance',
  'schedule_maintenance',
  'recipe',
  'cook_time',
  'calories',
  'nutrition_info',
  'ingredient_substitution',
  'food_last',
  'meal_suggestion',
  'restaurant_reservation',
  'weather',
  'alarm',
  'timer',
  'calculator',
  'translate',
  'definition',
  'spelling',
  'fun_fact',
  'tell_joke',
  'flip_coin',
  'roll_dice',
  'play_music',
  'next_song',
];

type Clinc = Record<'train' | 'val' | 'oos_train' | 'oos_val', [string, string][]>;
const clinc = JSON.parse(
  readFileSync(
    path.resolve(path.dirname(DEFAULT_GUIDELINES), '../clinc150/clinc150-train-val.json'),
    'utf8',
  ),
) as Clinc;

let db: Db;
let ask: (q: string) => Promise<AnswerWithEvidence>;
let topArticle: (q: string) => Promise<string | undefined>;
let extIdOf: Map<string, string>;

beforeAll(async () => {
  db = await openTestDb();
  const core = { db, now: () => new Date(), sessionTtlMs: 0 };
  const ws = (await seedWorkspace(core)).id;
  const imported = await importArticles(core, {
    workspaceId: ws,
    source: { kind: 'jsonl', text: abcdToJsonLines(readGuidelines()) },
    editor: { userId: null, label: 'ABCD' },
  });
  expect(imported).toMatchObject({ created: 55, errors: [] });
  const articles = await listKbArticles(core, { workspaceId: ws, limit: 200 });
  extIdOf = new Map(articles.map((a) => [a.id, a.externalId!]));
  ask = (question) => answerQuestion(core, { workspaceId: ws, question });
  topArticle = async (query) =>
    (await searchArticles(core, { workspaceId: ws, query }))[0]?.articleId;
});
afterAll(() => db.close());

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

async function declineRate(queries: readonly string[]): Promise<number> {
  let declined = 0;
  for (const q of queries) if ((await ask(q)).declined) declined++;
  return declined / queries.length;
}

describe('answer and decline rates on real material', () => {
  it('declines the CLINC150 out-of-scope queries', async () => {
    const train = await declineRate(clinc.oos_train.map(([q]) => q));
    const val = await declineRate(clinc.oos_val.map(([q]) => q));
    const all = (train + val) / 2;
    console.log(
      `out-of-scope declined: ${pct(all)} of 200 (oos_train ${pct(train)}, used in tuning; oos_val ${pct(val)}, unseen) — bar ${pct(THRESHOLDS.outOfScopeDeclined)}`,
    );
    expect(all).toBeGreaterThanOrEqual(THRESHOLDS.outOfScopeDeclined);
  });

  it('declines in-scope CLINC150 questions about things the store does not cover', async () => {
    const val = clinc.val.filter(([, intent]) => UNRELATED_INTENTS.includes(intent));
    const rate = await declineRate(val.map(([q]) => q));
    console.log(
      `unrelated intents declined: ${pct(rate)} of ${val.length} (${UNRELATED_INTENTS.length} intents, val split, unseen in tuning) — bar ${pct(THRESHOLDS.unrelatedDeclined)}`,
    );
    expect(rate).toBeGreaterThanOrEqual(THRESHOLDS.unrelatedDeclined);
  });

  it('answers store-policy questions, citing the right article first', async () => {
    let answered = 0;
    let right = 0;
    let topRight = 0;
    const misses: string[] = [];
    // Reliability: how often answers in each confidence band cite a right article.
    const bands = [0.5, 0.7, 0.9].map((from) => ({ from, n: 0, right: 0 }));
    for (const { question, answers } of STORE_QUESTIONS) {
      const a = await ask(question);
      const first = extIdOf.get(a.citations[0]?.articleId ?? '');
      const ok = first !== undefined && answers.includes(first);
      if (!a.declined) {
        answered++;
        const band = bands.findLast((b) => a.confidence >= b.from)!;
        band.n++;
        if (ok) band.right++;
      }
      if (!a.declined && ok) right++;
      if (answers.includes(extIdOf.get((await topArticle(question)) ?? '') ?? '')) topRight++;
      if (a.declined || !ok) {
        misses.push(
          `  ${a.declined ? 'declined' : `cited ${first}`} (${a.confidence}): ${question}`,
        );
      }
    }
    const n = STORE_QUESTIONS.length;
    console.log(
      `store questions: ${pct(answered / n)} answered, ${pct(right / n)} answered citing a right article first ` +
        `(${right}/${n}); ${pct(right / Math.max(1, answered))} of answers cite a right article; ` +
        `search ranks a right article first for ${topRight}/${n} — bars ` +
        `${pct(THRESHOLDS.storeAnswered)} / ${pct(THRESHOLDS.storeAnsweredRight)}\nconfidence bands ${bands.map((b) => `≥${b.from}: ${b.right}/${b.n} right`).join(', ')}\n${misses.join('\n')}`,
    );
    expect(answered / n).toBeGreaterThanOrEqual(THRESHOLDS.storeAnswered);
    expect(right / n).toBeGreaterThanOrEqual(THRESHOLDS.storeAnsweredRight);
  });
});

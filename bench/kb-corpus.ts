// A deterministic 10k-article knowledge base and a query mix for `npm run bench -- kb`: the 55
// real ABCD articles, plus synthetic ones built from the guidelines' own sentences and a
// clothing-store vocabulary (brands, items, materials, places, product codes), so the
// vocabulary and document lengths look like a real help center's rather than a word list's.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { abcdToArticles, DEFAULT_GUIDELINES, readGuidelines } from '../scripts/abcd-to-jsonl.mjs';
import { STORE_QUESTIONS } from '../src/core/kb/answer-rates.questions.js';
import type { KbImportLine } from '../src/shared/schemas/kb.js';

/** mulberry32: a small seeded generator, so every run builds the same corpus. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BRANDS =
  'Acme Northwind Calvin Guess Gap Uniqlo Levis Nike Adidas Puma Reebok Patagonia Columbia Zara Mango Express Banana Republic Aldo Clarks Timberland Vans Converse Hanes Carhartt Dockers Wrangler Lee Gucci Prada Burberry Fila Asics Saucony Merrell Keen Salomon Arcteryx Barbour Lacoste'.split(
    ' ',
  );
const ITEMS =
  'jeans boots shirt jacket sweater socks hoodie scarf gloves hat belt dress skirt blouse coat parka sneakers sandals loafers chinos shorts leggings cardigan vest raincoat pajamas swimsuit backpack wallet handbag beanie overalls tunic poncho blazer tie'.split(
    ' ',
  );
const MATERIALS =
  'cotton wool linen denim leather suede silk cashmere polyester nylon fleece canvas corduroy merino bamboo hemp'.split(
    ' ',
  );
const COLORS =
  'black navy olive burgundy charcoal ivory mustard teal rust khaki coral lavender indigo crimson sand forest'.split(
    ' ',
  );
const PLACES =
  'Canada Mexico Germany France Spain Italy Japan Brazil Australia Ireland Norway Poland Portugal Sweden Denmark Austria Chile Korea India Kenya'.split(
    ' ',
  );
const TOPICS = [
  'care and washing',
  'sizing and fit',
  'returns and exchanges',
  'shipping times',
  'warranty claims',
  'stain removal',
  'repairs and alterations',
  'gift cards',
  'loyalty points',
  'order tracking',
  'payment options',
  'price adjustments',
  'restocking dates',
  'international delivery',
  'customs and duties',
  'store pickup',
];
const TEMPLATES = [
  'The {brand} {item} is made of {material} and comes in {color}.',
  'Orders of {item} to {place} usually arrive within {n} business days.',
  'To wash {material} {item}, turn it inside out and use cold water.',
  'A {color} {brand} {item} can be exchanged for another size within {n} days.',
  'Members earn {n} points for every {brand} {item} they buy.',
  'If your {item} arrived damaged, keep the packaging and send us a photo within {n} days.',
  'Customs fees for shipments to {place} are paid by the recipient.',
  'The {item} runs small, so we suggest ordering one size up.',
  'Product code {code} covers the {color} {material} {item}.',
  'Alterations on {brand} {item} take about {n} days in store.',
  'We restock the {brand} {item} in {color} every {n} weeks.',
  'Store pickup in {place} is free for orders over {n} dollars.',
];

const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

/** Made-up but pronounceable product line names: the long tail of a real catalogue. */
function productName(rnd: () => number): string {
  const syllables = ['ka', 'lo', 'mi', 'ren', 'tor', 'vex', 'sa', 'lin', 'qua', 'dor', 'fi', 'zen'];
  const n = 2 + Math.floor(rnd() * 2);
  return Array.from({ length: n }, () => pick(rnd, syllables)).join('');
}

function fill(template: string, rnd: () => number): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    if (key === 'brand') return pick(rnd, BRANDS);
    if (key === 'item') return pick(rnd, ITEMS);
    if (key === 'material') return pick(rnd, MATERIALS);
    if (key === 'color') return pick(rnd, COLORS);
    if (key === 'place') return pick(rnd, PLACES);
    if (key === 'code') return `sku-${Math.floor(rnd() * 90_000) + 10_000}`;
    return String(2 + Math.floor(rnd() * 28));
  });
}

/** The guidelines' sentences, for synthetic bodies that read like the real articles. */
function guidelineSentences(real: readonly KbImportLine[]): string[] {
  return real
    .flatMap((a) => a.content.split('\n'))
    .map((l) => l.replace(/^\s*(?:\d+\.|-)\s+/, '').replace(/\*\*/g, ''))
    .filter((l) => l.length > 30 && !l.startsWith('#'));
}

/** `count` articles: the ABCD ones first, then synthetic ones. */
export function buildCorpus(count: number, seed = 20_240_601): KbImportLine[] {
  const real = abcdToArticles(readGuidelines(DEFAULT_GUIDELINES));
  const sentences = guidelineSentences(real);
  const rnd = random(seed);
  const out: KbImportLine[] = [...real];
  for (let i = out.length; i < count; i++) {
    const brand = pick(rnd, BRANDS);
    const item = pick(rnd, ITEMS);
    const topic = pick(rnd, TOPICS);
    const line = productName(rnd);
    const title = `${brand} ${line} ${item}: ${topic}`;
    const paragraphs: string[] = [];
    const n = 3 + Math.floor(rnd() * 4);
    for (let p = 0; p < n; p++) {
      const k = 2 + Math.floor(rnd() * 4);
      const parts = Array.from({ length: k }, () =>
        rnd() < 0.5 ? pick(rnd, sentences) : fill(pick(rnd, TEMPLATES), rnd),
      );
      paragraphs.push(parts.join(' '));
    }
    const content = `The ${brand} ${line} ${item}: everything about ${topic}.\n\n${paragraphs.join('\n\n')}`;
    out.push({ id: `synthetic/${i}`, title, content, category: topic });
  }
  return out;
}

/** Typos people make: a dropped, doubled or swapped letter in one longer word. */
function typo(rnd: () => number, query: string): string {
  const words = query.split(' ');
  const candidates = words.map((w, i) => [w, i] as const).filter(([w]) => w.length >= 5);
  if (candidates.length === 0) return query;
  const [w, i] = pick(rnd, candidates);
  const at = 1 + Math.floor(rnd() * (w.length - 2));
  const kind = Math.floor(rnd() * 3);
  words[i] =
    kind === 0
      ? w.slice(0, at) + w.slice(at + 1)
      : kind === 1
        ? w.slice(0, at) + w[at] + w.slice(at)
        : w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2);
  return words.join(' ');
}

/**
 * The query mix: words from article titles (the common search), hand-written store questions,
 * both with typos, and out-of-scope questions from CLINC150 (which should find little).
 */
export function buildQueries(corpus: readonly KbImportLine[], count: number, seed = 7): string[] {
  const rnd = random(seed);
  const clinc = JSON.parse(
    readFileSync(
      path.resolve(path.dirname(DEFAULT_GUIDELINES), '../clinc150/clinc150-train-val.json'),
      'utf8',
    ),
  ) as { oos_val: [string, string][] };
  const out: string[] = [];
  while (out.length < count) {
    const r = rnd();
    if (r < 0.4) {
      const words = pick(rnd, corpus)
        .title.replace(/[^\w\s-]/g, '')
        .split(/\s+/);
      const start = Math.floor(rnd() * Math.max(1, words.length - 2));
      out.push(
        words
          .slice(start, start + 2 + Math.floor(rnd() * 2))
          .join(' ')
          .toLowerCase(),
      );
    } else if (r < 0.6) out.push(pick(rnd, STORE_QUESTIONS).question);
    else if (r < 0.8)
      out.push(typo(rnd, out[out.length - 1] ?? pick(rnd, STORE_QUESTIONS).question));
    else out.push(pick(rnd, clinc.oos_val)[0]);
  }
  return out;
}

import { analyzeQuery, matchWeight, type QueryTerm } from './query.js';
import {
  bestSentence,
  matchSentences,
  queryIds,
  type DocText,
  type SentenceMatch,
} from './snippet.js';
import { markdownToText, sentenceSpans, terms } from './text.js';
import { topK } from './top-k.js';
import { Vocabulary } from './vocabulary.js';

/** What the index keeps of a published article. */
export interface IndexedArticle {
  id: string;
  title: string;
  slug: string;
  url: string | null;
  category: string | null;
  locale: string;
  bodyMd: string;
}

export interface SearchHit {
  article: IndexedArticle;
  score: number;
  /** Bit i set when query term i (see `terms`) occurs in the article. */
  matched: number;
  snippet: string;
}

export interface SearchOutcome {
  terms: QueryTerm[];
  hits: SearchHit[];
  /** Articles in the index when searched. */
  size: number;
}

interface Doc extends DocText {
  article: IndexedArticle;
  /** Distinct term ids, to undo document frequencies on removal. */
  unique: Int32Array;
}

/** Per term: the documents (slots) holding it and, packed, its count in title and body. */
interface Posting {
  slots: number[];
  tf: number[];
}

// BM25F: one saturation over the field-weighted term frequency. A title occurrence counts five
// body ones (a help article's title says what it answers); titles are short, so their length
// matters less (lower b).
const K1 = 1.2;
const TITLE_WEIGHT = 5;
const B_TITLE = 0.5;
const B_BODY = 0.75;
const TF_PACK = 65_536;
// Words of the question found together in one sentence are stronger evidence than the same
// words scattered over an article ("gift wrapping" vs a "gift card" paragraph elsewhere): the
// best candidates get a bonus for their best sentence, and are re-ranked.
const RERANK_WINDOW = 20;
const SENTENCE_BONUS = 0.6;

/**
 * An in-memory BM25 index of one workspace's published articles, updated in place as articles
 * change. Searches are synchronous and allocate little, so they stay well under a millisecond
 * for typical questions over ten thousand articles.
 */
export class SearchIndex {
  private docs: (Doc | undefined)[] = [];
  private slotOf = new Map<string, number>();
  private postings = new Map<string, Posting>();
  private df = new Map<string, number>();
  private titleLen: number[] = [];
  private bodyLen: number[] = [];
  private vocabulary = new Vocabulary();
  private live = 0;
  private dead = 0;
  private titleTotal = 0;
  private bodyTotal = 0;
  // Scratch space reused by every search, so a search allocates almost nothing (fewer GC
  // pauses in the tail latency). Searches are synchronous, so they never share it.
  private scores = new Float64Array(0);
  private masks = new Int32Array(0);
  private touched = new Int32Array(0);
  private touchedCount = 0;
  // Average field lengths, fixed for the duration of one search.
  private avgTitle = 1;
  private avgBody = 1;

  get size(): number {
    return this.live;
  }

  has(articleId: string): boolean {
    return this.slotOf.has(articleId);
  }

  /** Adds or replaces an article. */
  upsert(article: IndexedArticle): void {
    this.remove(article.id);
    const text = markdownToText(article.bodyMd);
    const titleTerms = terms(article.title);
    const bodyTerms = terms(article.category ?? '');
    const spans = sentenceSpans(text);
    const seq: number[] = [];
    for (const [start, end] of spans) {
      for (const t of terms(text.slice(start, end))) {
        bodyTerms.push(t);
        seq.push(this.vocabulary.add(t));
      }
      seq.push(-1);
    }
    const counts = new Map<string, number>();
    for (const t of titleTerms) counts.set(t, (counts.get(t) ?? 0) + TF_PACK);
    for (const t of bodyTerms) counts.set(t, (counts.get(t) ?? 0) + 1);
    const slot = this.docs.length;
    const unique = new Int32Array(counts.size);
    let u = 0;
    for (const [term, packed] of counts) {
      unique[u++] = this.vocabulary.add(term);
      const p = this.postings.get(term);
      if (p) {
        p.slots.push(slot);
        p.tf.push(packed);
      } else this.postings.set(term, { slots: [slot], tf: [packed] });
      this.df.set(term, (this.df.get(term) ?? 0) + 1);
    }
    this.docs.push({
      article,
      text,
      seq: Int32Array.from(seq),
      bounds: Int32Array.from(spans.flat()),
      unique,
    });
    this.titleLen.push(titleTerms.length);
    this.bodyLen.push(bodyTerms.length);
    this.slotOf.set(article.id, slot);
    this.titleTotal += titleTerms.length;
    this.bodyTotal += bodyTerms.length;
    this.live++;
  }

  /** Removes an article if present; its postings are dropped at the next compaction. */
  remove(articleId: string): void {
    const slot = this.slotOf.get(articleId);
    if (slot === undefined) return;
    const doc = this.docs[slot]!;
    for (const id of doc.unique) {
      const term = this.vocabulary.term(id);
      this.df.set(term, this.df.get(term)! - 1);
    }
    this.titleTotal -= this.titleLen[slot]!;
    this.bodyTotal -= this.bodyLen[slot]!;
    this.docs[slot] = undefined;
    this.slotOf.delete(articleId);
    this.live--;
    this.dead++;
    if (this.dead > 64 && this.dead > this.live / 4) this.compact();
  }

  /** The sentences of an article that hold words of the query, in the article's order. */
  sentencesMatching(articleId: string, query: readonly QueryTerm[]): SentenceMatch[] {
    const slot = this.slotOf.get(articleId);
    if (slot === undefined) return [];
    return matchSentences(this.docs[slot]!, queryIds(query, this.vocabulary));
  }

  /** The article's first sentence (for an answer when no sentence matches). */
  firstSentence(articleId: string): string {
    const slot = this.slotOf.get(articleId);
    const doc = slot === undefined ? undefined : this.docs[slot];
    return doc && doc.bounds.length ? doc.text.slice(doc.bounds[0], doc.bounds[1]) : '';
  }

  /** Document frequency of a term among live articles. */
  documentFrequency = (term: string): number => this.df.get(term) ?? 0;

  search(query: string, limit = 10): SearchOutcome {
    const analyzed = analyzeQuery(query, this.vocabulary, this.documentFrequency, this.live);
    if (this.live === 0 || analyzed.length === 0) {
      return { terms: analyzed, hits: [], size: this.live };
    }
    this.ensureScratch();
    this.touchedCount = 0;
    this.avgTitle = this.titleTotal / this.live || 1;
    this.avgBody = this.bodyTotal / this.live || 1;
    analyzed.forEach((qt, i) => {
      if (qt.hint) return;
      for (const e of qt.expansions) this.accumulate(e.term, matchWeight(qt, e), 1 << i);
    });
    analyzed.forEach((qt, i) => qt.hint && this.accumulateHint(qt, 1 << i));
    const top = topK(this.touched, this.touchedCount, this.scores, Math.max(limit, RERANK_WINDOW));
    const ids = queryIds(analyzed, this.vocabulary);
    const hits = top
      .map((slot) => {
        const doc = this.docs[slot]!;
        const best = bestSentence(doc, ids, 200);
        const bonus = best.terms >= 2 ? SENTENCE_BONUS * best.score : 0;
        return {
          article: doc.article,
          score: this.scores[slot]! + bonus,
          matched: this.masks[slot]!,
          snippet: best.text,
        };
      })
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
    for (let i = 0; i < this.touchedCount; i++) {
      this.scores[this.touched[i]!] = 0;
      this.masks[this.touched[i]!] = 0;
    }
    return { terms: analyzed, hits, size: this.live };
  }

  private accumulate(term: string, weight: number, bit: number): void {
    const p = this.postings.get(term);
    if (!p || weight <= 0) return;
    for (let i = 0; i < p.slots.length; i++) {
      const slot = p.slots[i]!;
      if (this.docs[slot] === undefined) continue;
      if (this.masks[slot] === 0) this.touched[this.touchedCount++] = slot;
      this.scores[slot]! += this.bm25(slot, p.tf[i]!, weight);
      this.masks[slot]! |= bit;
    }
  }

  /**
   * A hint (see QueryTerm.hint) only re-ranks articles the question's own words found, and its
   * words count as one: the best of them, so an article full of times does not win on that.
   */
  private accumulateHint(qt: QueryTerm, bit: number): void {
    const best = new Map<number, number>();
    for (const e of qt.expansions) {
      const p = this.postings.get(e.term);
      for (let i = 0; p && i < p.slots.length; i++) {
        const slot = p.slots[i]!;
        if (this.docs[slot] === undefined || this.masks[slot] === 0) continue;
        const s = this.bm25(slot, p.tf[i]!, matchWeight(qt, e));
        if (s > (best.get(slot) ?? 0)) best.set(slot, s);
      }
    }
    for (const [slot, s] of best) {
      this.scores[slot]! += s;
      this.masks[slot]! |= bit;
    }
  }

  /** BM25F: one saturation over the field-weighted frequency (packed title and body counts). */
  private bm25(slot: number, packed: number, weight: number): number {
    const inTitle = Math.floor(packed / TF_PACK);
    const inBody = packed - inTitle * TF_PACK;
    const normTitle = 1 - B_TITLE + (B_TITLE * this.titleLen[slot]!) / this.avgTitle;
    const normBody = 1 - B_BODY + (B_BODY * this.bodyLen[slot]!) / this.avgBody;
    const f = (TITLE_WEIGHT * inTitle) / normTitle + inBody / normBody;
    return (weight * (f * (K1 + 1))) / (f + K1);
  }

  private ensureScratch(): void {
    if (this.scores.length >= this.docs.length) return;
    const size = Math.max(1024, this.docs.length * 2);
    this.scores = new Float64Array(size);
    this.masks = new Int32Array(size);
    this.touched = new Int32Array(size);
  }

  /** Renumbers the live documents densely and drops postings of removed ones. */
  private compact(): void {
    const newSlot = new Int32Array(this.docs.length).fill(-1);
    const docs: Doc[] = [];
    const titleLen: number[] = [];
    const bodyLen: number[] = [];
    this.docs.forEach((doc, slot) => {
      if (!doc) return;
      newSlot[slot] = docs.length;
      this.slotOf.set(doc.article.id, docs.length);
      docs.push(doc);
      titleLen.push(this.titleLen[slot]!);
      bodyLen.push(this.bodyLen[slot]!);
    });
    for (const [term, p] of this.postings) {
      const slots: number[] = [];
      const tf: number[] = [];
      p.slots.forEach((slot, i) => {
        if (newSlot[slot]! < 0) return;
        slots.push(newSlot[slot]!);
        tf.push(p.tf[i]!);
      });
      if (slots.length) this.postings.set(term, { slots, tf });
      else this.postings.delete(term);
    }
    this.docs = docs;
    this.titleLen = titleLen;
    this.bodyLen = bodyLen;
    this.dead = 0;
  }
}

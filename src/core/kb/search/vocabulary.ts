import { editDistance, trigrams } from './edit-distance.js';

/** A vocabulary term close to a misspelt query term. */
export interface Correction {
  term: string;
  distance: number;
}

/**
 * Every term the index has seen, with a character-trigram index so that a misspelt query term
 * finds its neighbours without comparing it to the whole vocabulary.
 */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly list: string[] = [];
  private readonly byTrigram = new Map<string, number[]>();
  // Scratch counters, reused by every lookup (searches run one at a time on the event loop).
  private shared = new Int32Array(1024);

  /** The term's id, adding it when new. Ids are stable: terms are never removed. */
  add(term: string): number {
    const known = this.ids.get(term);
    if (known !== undefined) return known;
    const id = this.list.length;
    this.ids.set(term, id);
    this.list.push(term);
    for (const g of new Set(trigrams(term))) {
      const ids = this.byTrigram.get(g);
      if (ids) ids.push(id);
      else this.byTrigram.set(g, [id]);
    }
    return id;
  }

  idOf(term: string): number | undefined {
    return this.ids.get(term);
  }

  term(id: number): string {
    return this.list[id]!;
  }

  get size(): number {
    return this.list.length;
  }

  /**
   * Terms within the typo budget of `word`: none under 4 letters, one edit from 4, two from 8
   * (a long word can afford a second slip without meaning something else). Nearest first, then
   * the most used; terms no article uses any more (`df` 0) are skipped.
   */
  corrections(word: string, df: (term: string) => number, limit = 3): Correction[] {
    const max = word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
    if (max === 0) return [];
    if (this.shared.length < this.list.length) this.shared = new Int32Array(this.list.length * 2);
    const grams = trigrams(word);
    // An edit destroys at most three trigrams (a swap of neighbours four), so a neighbour
    // within `max` edits shares at least this many.
    const needed = Math.max(1, grams.length - 4 * max);
    const touched: number[] = [];
    for (const g of new Set(grams)) {
      for (const id of this.byTrigram.get(g) ?? []) {
        if (this.shared[id] === 0) touched.push(id);
        this.shared[id]! += 1;
      }
    }
    const found: (Correction & { df: number })[] = [];
    for (const id of touched) {
      const count = this.shared[id]!;
      this.shared[id] = 0;
      if (count < needed) continue;
      const term = this.list[id]!;
      if (Math.abs(term.length - word.length) > max) continue;
      const used = df(term);
      if (used === 0) continue;
      const distance = editDistance(word, term, max);
      if (distance <= max) found.push({ term, distance, df: used });
    }
    return found
      .sort((a, b) => a.distance - b.distance || b.df - a.df)
      .slice(0, limit)
      .map(({ term, distance }) => ({ term, distance }));
  }
}

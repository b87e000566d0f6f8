// A question's frame says what kind of answer it wants, not what it is about. In "How long does
// shipping take?" the topic is shipping; "long" and "take" only ask for a duration. Read as
// topic words they did harm: "long" is rare in a help center, so the question looked as if it
// were mostly about something no article covers and was declined, and "take" ranked any article
// that happens to say "it can take a few hours" above the one about shipping.
//
// So the words that frame a question about time are set aside, and the question gains a few
// optional hints of what such an answer contains (days, hours, weeks): they help rank articles
// and pick the sentence that gives the time, but a missing hint never counts against coverage.
// Generic English question grammar, the same for every knowledge base; no question is mapped to
// an answer.

interface Frame {
  /** The word after "how" that asks for this kind of answer. */
  asks: ReadonlySet<string>;
  /** Verbs that only carry the question: "does it take", "will it last", "does it cost". */
  verbs: ReadonlySet<string>;
  /** Words such an answer is said in. */
  hints: readonly string[];
}

const FRAMES: readonly Frame[] = [
  {
    // "how long", "how soon", "how fast", "how quickly": a time.
    asks: new Set(['long', 'soon', 'fast', 'quickly']),
    verbs: new Set(['take', 'takes', 'took', 'taking', 'last', 'lasts', 'stay', 'stays']),
    hints: ['day', 'week', 'hour', 'minute', 'month', 'year', 'time'],
  },
  {
    // "how much": an amount of money.
    asks: new Set(['much']),
    verbs: new Set(['cost', 'costs', 'charge']),
    hints: ['price', 'cost', 'fee', 'amount', 'charge'],
  },
];

export interface QuestionFrame {
  /** Positions (in `words`) of words that frame the question rather than name its topic. */
  frame: Set<number>;
  /** Words an answer of this kind tends to hold: optional evidence. */
  hints: readonly string[];
}

/** Finds the frame of a question, given its normalised words in order. */
export function questionFrame(words: readonly string[]): QuestionFrame {
  const frame = new Set<number>();
  const kinds = FRAMES.filter((f) =>
    words.some((w, i) => {
      if (i === 0 || words[i - 1] !== 'how' || !f.asks.has(w)) return false;
      frame.add(i);
      return true;
    }),
  );
  for (const f of kinds) words.forEach((w, i) => f.verbs.has(w) && frame.add(i));
  return { frame, hints: kinds.flatMap((f) => f.hints) };
}

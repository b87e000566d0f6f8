import { emoticonPattern } from './emoji.js';
import { lexicon } from './lexicon.js';

/**
 * word: letters and digits, with inner apostrophes and hyphens ("didn't", "over-cooked");
 * symbol: an emoji or ASCII emoticon; clause: a comma, colon, bracket or dash, which ends a
 * negation's reach; sentence: . ! ? or ;, which also ends a "but" contrast.
 */
export type TokenKind = 'word' | 'symbol' | 'clause' | 'sentence';

export interface Token {
  kind: TokenKind;
  /** The word lower-cased (’ written '), the emoji or emoticon as written, or '' otherwise. */
  lower: string;
  /** A word in capitals inside text that also has lower-case letters: emphasis, not style. */
  shouted: boolean;
}

export interface Tokenized {
  tokens: Token[];
  exclamations: number;
}

const CLAUSE: Token = { kind: 'clause', lower: '', shouted: false };
const SENTENCE: Token = { kind: 'sentence', lower: '', shouted: false };

let pattern: RegExp | undefined;

// One pass of one regex over the text. Emoticons come first and only stand alone (after a
// space or the start), so the ":/" of "http://" or the ":(" of "note:(a)" is not a face.
function tokenPattern(): RegExp {
  pattern ??= new RegExp(
    `(${emoticonPattern(lexicon().symbols())})(?=$|[\\s.,!?])|(\\p{Extended_Pictographic})|` +
      `([\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*)|([.!?;]+)|([,:()\\u2013\\u2014])`,
    'gu',
  );
  return pattern;
}

export function tokenize(text: string): Tokenized {
  const re = tokenPattern();
  re.lastIndex = 0;
  const mixedCase = /\p{Ll}/u.test(text);
  const tokens: Token[] = [];
  let exclamations = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    // Indexed access, not destructuring: this loop is most of the scorer's time.
    const symbol = m[1] ?? m[2];
    const word = m[3];
    if (symbol !== undefined) {
      tokens.push({ kind: 'symbol', lower: symbol, shouted: false });
    } else if (word !== undefined) {
      let lower = word.toLowerCase();
      if (lower.includes('’')) lower = lower.replace(/’/g, "'");
      const shouted = mixedCase && word !== lower && word.length > 1 && word === word.toUpperCase();
      tokens.push({ kind: 'word', lower, shouted });
    } else if (m[4] !== undefined) {
      for (const c of m[4]) if (c === '!') exclamations++;
      tokens.push(SENTENCE);
    } else {
      tokens.push(CLAUSE);
    }
  }
  return { tokens, exclamations };
}

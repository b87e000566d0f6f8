import { emojiEmotion } from 'emoji-emotion';
import { emoticon } from 'emoticon';

/**
 * Valences of emoji and ASCII emoticons on the AFINN scale (-5..5). `emoji-emotion` rates the
 * common faces and hands by hand; `emoticon` names the emoji each ASCII emoticon stands for,
 * so ":)" inherits the rating of 😃 and no emoticon needs a rating of its own.
 */
export function emojiValences(): Map<string, number> {
  const valences = new Map<string, number>();
  for (const entry of emojiEmotion) valences.set(emojiKey(entry.emoji), entry.polarity);
  for (const entry of emoticon) {
    const polarity = valences.get(emojiKey(entry.emoji));
    if (polarity === undefined) continue;
    for (const face of entry.emoticons) {
      if (isSafeEmoticon(face)) valences.set(face, polarity);
    }
  }
  return valences;
}

/**
 * The tokenizer sees one pictograph at a time, so the variation selector that turns ❤ into ❤️
 * and skin-tone modifiers are dropped from the keys (and never reach the lookup).
 */
export function emojiKey(emoji: string): string {
  return emoji.replace(/[\uFE0E\uFE0F]|\p{Emoji_Modifier}/gu, '');
}

// Faces that start with a letter or digit ("B)", "8)", "x3") collide with ordinary text such
// as "plan B)" or "item 8)"; punctuation-led faces (":)", ";-(", "<3") almost never do.
function isSafeEmoticon(face: string): boolean {
  return face.length >= 2 && !/^[\p{L}\p{N}]/u.test(face);
}

/**
 * A regex matching one of the ASCII emoticons among `keys` that stands after a space or at the
 * start, longest first so ">:(" wins over ":(". Case is kept: ":D" (a grin) and ":d" (a
 * tongue) are different faces. The leading class of first characters lets the engine skip the
 * alternation at the letters that make up almost all text.
 */
export function emoticonPattern(keys: Iterable<string>): string {
  const faces = [...keys].filter((k) => /^[\x21-\x7e]+$/.test(k));
  faces.sort((a, b) => b.length - a.length);
  const firsts = new Set(faces.map((f) => escape(f[0]!, true)));
  return `(?=[${[...firsts].join('')}])(?<=^|\\s)(?:${faces.map((f) => escape(f, false)).join('|')})`;
}

function escape(text: string, inClass: boolean): string {
  return text.replace(inClass ? /[\]\\^-]/g : /[.*+?^${}()|[\]\\/]/g, '\\$&');
}

import { isStopWord, stemWord } from '../kb/search/text.js';
import { lexicon } from '../voice/sentiment/lexicon.js';

const list = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

// Words of feedback that say how it went or what someone did, not what it was about. Verbs
// are listed in the forms customers use most; past participles are caught by their -ed.
const NOT_TOPICAL = list(`
  also back come comes coming came go goes going went gone take takes taking took taken
  give gives giving gave given say says said see sees saw seen think thought try tries trying
  look looks looking looked keep keeps kept put puts find finds found feel feels felt seem seems
  use uses using ask asks asking work works working call calls calling tell told
  receive receiving arrive arrives arriving leave leaves leaving left bring brings brought
  buy buys bought pay pays paying paid send sends sending sent show shows showing check checks
  checking change changes changing start starts starting stop stops stopping
  right little lots much many new old big small first last next still even just actually
  definitely probably totally pretty always never ever maybe literally honestly basically
  overall especially yet already twice again can could would will should might must
  book books booking rent rents renting report reports locate track tracking reserve schedule
  fix fixed replace cancel update able near via
  january february march april june july august september october november december
  monday tuesday wednesday thursday friday saturday sunday weekend
  made ate eat eaten wrote written read run ran sat stood understand understood happen happens
  two three four five six seven eight nine ten twenty hundred thousand half
  someone everyone anyone guy guys people person mr mrs ms sir madam dear
  tomorrow yesterday ago later soon early
`);

// Nouns too general to name a topic ("the time", "an issue"): allowed inside a phrase
// ("delivery time"), never its main word.
const VAGUE = list(`
  time times thing things way issue issues problem problems question questions experience
  experiences part kind type lot bit day days week weeks month months year years hour hours
  minute minutes today tonight everything anything something nothing stuff reason reasons
  option options number numbers info information detail details help matter
`);

// Rated words that also name what went wrong; every other rated word is a judgement
// ("great", "rude") and says how it went, which sentiment already measures.
const RATED_BUT_TOPICAL = list(`
  delay delays fraud crash crashes error errors bug bugs damage theft loss spam scam outage
  virus mistake mistakes cancellation charge charges fee fees complaint warranty
`);

// Every text asks about the same few thousand words; remember the answers.
const topical = new Map<string, boolean>();

/** Whether a lower-case word may be part of a key phrase. */
export function isTopicWord(word: string): boolean {
  let yes = topical.get(word);
  if (yes === undefined) {
    yes = decideTopical(word);
    if (topical.size > 100_000) topical.clear();
    topical.set(word, yes);
  }
  return yes;
}

function decideTopical(word: string): boolean {
  if (word.length < 2 || /^\d/.test(word)) return false;
  if (isStopWord(word) || NOT_TOPICAL.has(word)) return false;
  if (word.length > 4 && word.endsWith('ly')) return false;
  if (RATED_BUT_TOPICAL.has(word)) return true;
  return lexicon().word(word) === undefined;
}

/**
 * Whether a word can end a key phrase, where English puts a noun phrase's main word: not a
 * past participle ("damaged", but "speed" and "bed" are fine) and not a vague noun.
 */
export function canEndPhrase(word: string): boolean {
  if (VAGUE.has(word)) return false;
  return !(word.length > 4 && word.endsWith('ed') && !word.endsWith('eed'));
}

let vagueStems: Set<string> | undefined;

/** Whether a stem (of a phrase key) is too general to name a topic on its own. */
export function isVagueStem(stem: string): boolean {
  vagueStems ??= new Set([...VAGUE].map(stemWord));
  return vagueStems.has(stem);
}

// Turns the ABCD agent guidelines (../shared/data/abcd/guidelines.json: flows → subflows →
// instructions and actions) into knowledge-base articles, one per subflow, as JSON Lines that
// `parley kb import` and POST /api/v1/kb/import accept.
//
//   node scripts/abcd-to-jsonl.mjs [guidelines.json] > abcd.jsonl
//
// The text is the guidelines' own, rearranged into prose and Markdown lists: nothing is added
// that the data does not say, so measurements on it are measurements on the real material.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = fileURLToPath(import.meta.url);

/** The project root: the nearest folder above this module with a package.json (also when bundled). */
function projectRoot() {
  for (let dir = path.dirname(HERE); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return process.cwd();
  }
}

const ROOT = projectRoot();

/** Where the shared test data keeps the guidelines, from the project root. */
export const DEFAULT_GUIDELINES = path.resolve(ROOT, '../shared/data/abcd/guidelines.json');

const slug = (text) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** "[Pull up Account]" → "Pull up Account"; doubled spaces and curly quotes tidied. */
function tidy(text) {
  return text
    .replace(/\[([^\]]+)\]/g, '$1')
    .replace(/<or>/g, 'or')
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Ends a sentence with a full stop (a colon when a list follows) unless punctuated already. */
function sentence(text, listFollows = false) {
  const t = tidy(text);
  return !t || /[.!?:)]$/.test(t) ? t : `${t}${listFollows ? ':' : '.'}`;
}

/** "Gold members: > Gold members get unlimited returns" → a bullet with its own sub-bullets. */
function subBullets(subtext) {
  const lines = [];
  for (const item of subtext) {
    const [head, ...rest] = item.split(/\s+>\s+/);
    if (!tidy(head)) continue;
    lines.push(`   - ${sentence(head)}`);
    for (const r of rest) if (tidy(r)) lines.push(`     - ${sentence(r)}`);
  }
  return lines;
}

function stepLines(action, n) {
  const button = tidy(action.button ?? '');
  const text = sentence(action.text ?? '', (action.subtext ?? []).length > 0);
  const named = button && button !== 'N/A' && button.toLowerCase() !== text.toLowerCase();
  const head = named ? `**${button}**: ${text}` : text || `**${button}**`;
  return [`${n}. ${head}`, ...subBullets(action.subtext ?? [])];
}

/**
 * Articles from parsed guidelines: `{id, title, content, category}`, in the data's order.
 * @param {Record<string, {description: string, subflows: Record<string, {instructions: string[], actions: {type: string, button: string, text: string, subtext: string[]}[]}>}>} guidelines
 */
export function abcdToArticles(guidelines) {
  const articles = [];
  // A flow becomes the category. Its one-line description is not repeated in every article: it
  // says nothing that tells the flow's subflows apart, and it lists topics (a "sweater") that
  // no article of the flow covers, which only misleads search.
  for (const [flow, { subflows }] of Object.entries(guidelines)) {
    for (const [name, sub] of Object.entries(subflows)) {
      const [intro = '', ...notes] = sub.instructions ?? [];
      const steps = (sub.actions ?? []).flatMap((a, i) => stepLines(a, i + 1));
      const content = [
        sentence(intro),
        '## Steps',
        steps.join('\n'),
        ...(notes.length ? ['## Notes', notes.map(sentence).join(' ')] : []),
      ]
        .filter(Boolean)
        .join('\n\n');
      articles.push({
        id: `abcd/${slug(flow)}/${slug(name)}`,
        title: name,
        content,
        category: flow,
      });
    }
  }
  return articles;
}

/** The articles as JSON Lines text. */
export function abcdToJsonLines(guidelines) {
  return abcdToArticles(guidelines)
    .map((a) => JSON.stringify(a))
    .join('\n')
    .concat('\n');
}

export function readGuidelines(file = DEFAULT_GUIDELINES) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

// Run as a script only when this very file is the entry point (not when bundled into another).
if (
  path.basename(HERE) === 'abcd-to-jsonl.mjs' &&
  process.argv[1] &&
  path.resolve(process.argv[1]) === HERE
) {
  process.stdout.write(abcdToJsonLines(readGuidelines(process.argv[2] ?? DEFAULT_GUIDELINES)));
}

import type { Answer, Citation } from '../../shared/schemas/kb.js';
import type { CoreDeps } from '../deps.js';
import { ANSWER_THRESHOLD, confidenceOf, evidenceFor, type Evidence } from './answer-confidence.js';
import type { SearchIndex, SearchOutcome } from './search/search-index.js';
import { clip } from './search/snippet.js';
import { workspaceIndex } from './search/registry.js';
import type { WorkspaceIndex } from './search/workspace-index.js';

const MAX_ANSWER_CHARS = 420;
const MAX_CITATIONS = 3;

/** An answer with the evidence behind it (tests and tuning read `evidence`). */
export interface AnswerWithEvidence extends Answer {
  evidence: Evidence | null;
}

/**
 * Answers a question from the workspace's published articles, or declines. Retrieval only:
 * the answer is made of the best-matching sentences of the best article, and cites it (and any
 * close runner-up). When no article covers the question well enough it declines instead of
 * guessing, so the next step of the ladder can take over. Articles in the reader's language
 * come first (`locale`, e.g. pt-BR, then pt, then the workspace's main language); one answer
 * is always drawn from one language.
 */
export async function answerQuestion(
  deps: Pick<CoreDeps, 'db'>,
  input: { workspaceId: string; question: string; locale?: string | null },
): Promise<AnswerWithEvidence> {
  const index = await workspaceIndex(deps.db, input.workspaceId);
  return answerInLanguages(index, input.question, input.locale).answer;
}

/**
 * The first of the reader's languages whose articles answer the question, and that language's
 * index (generative mode takes its passages from the same one). When every language declines,
 * the most confident decline.
 */
export function answerInLanguages(
  index: WorkspaceIndex,
  question: string,
  locale?: string | null,
): { answer: AnswerWithEvidence; language?: SearchIndex } {
  let best: AnswerWithEvidence = decline(0, null);
  for (const { index: language } of index.languagesFor(locale)) {
    const answer = answerFrom(language, question);
    if (!answer.declined) return { answer, language };
    if (answer.confidence > best.confidence || !best.evidence) best = answer;
  }
  return { answer: best };
}

/** The same decision on one language's index in hand. */
export function answerFrom(index: SearchIndex, question: string): AnswerWithEvidence {
  const outcome = index.search(question, 5);
  const top = outcome.hits[0];
  if (!top) return decline(0, null);
  const evidence = evidenceFor(top, outcome);
  const confidence = confidenceOf(evidence);
  if (confidence < ANSWER_THRESHOLD) return decline(confidence, evidence);
  return {
    answer: compose(index, outcome),
    declined: false,
    confidence,
    citations: citations(outcome),
    evidence,
  };
}

const decline = (confidence: number, evidence: Evidence | null): AnswerWithEvidence => ({
  answer: null,
  declined: true,
  confidence,
  citations: [],
  evidence,
});

/**
 * The top article's sentences that hold most of the question, in the article's order: the
 * best one, and the next best when it adds words of the question the first lacks or goes on
 * right beside it.
 */
function compose(index: SearchIndex, outcome: SearchOutcome): string {
  const id = outcome.hits[0]!.article.id;
  const ranked = index
    .sentencesMatching(id, outcome.terms)
    .sort((a, b) => b.score - a.score || a.index - b.index);
  const [first, second] = ranked;
  if (!first) return clip(index.firstSentence(id), MAX_ANSWER_CHARS);
  // The runner-up joins when it adds words of the question, or when it is the very next or
  // previous sentence about the same words: it carries the point on ("Orders leave the same
  // day. Most parcels arrive within two working days.").
  const joins =
    second &&
    ((second.mask & ~first.mask) !== 0 ||
      (Math.abs(second.index - first.index) === 1 && second.mask === first.mask));
  const chosen = joins ? [first, second] : [first];
  const text = chosen
    .sort((a, b) => a.index - b.index)
    .map((m) => withStop(m.text))
    .join(' ');
  return clip(text, MAX_ANSWER_CHARS);
}

const withStop = (s: string) => (/[.!?:]$/.test(s) ? s : `${s}.`);

/** The top article, and runners-up scoring close to it (they answer it as well). */
function citations(outcome: SearchOutcome): Citation[] {
  const best = outcome.hits[0]!.score;
  return outcome.hits
    .filter((h, i) => i === 0 || h.score >= best * 0.8)
    .slice(0, MAX_CITATIONS)
    .map((h) => ({
      articleId: h.article.id,
      title: h.article.title,
      url: h.article.url,
      score: Math.round((h.score / best) * 1000) / 1000,
    }));
}

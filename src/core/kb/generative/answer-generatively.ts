import type { Citation } from '../../../shared/schemas/kb.js';
import type { CoreDeps } from '../../deps.js';
import { answerInLanguages, type AnswerWithEvidence } from '../answer.js';
import { workspaceIndex } from '../search/registry.js';
import { requestCompletion } from './chat-client.js';
import { PASSAGE_ARTICLES, passagesFor, type Passage } from './passages.js';
import { chatRequest } from './prompt.js';
import { readReply } from './read-reply.js';
import type { GenerativeSettings } from './settings.js';

export interface GenerativeOptions {
  settings: GenerativeSettings;
  /** The model server failed (HTTP error, timeout, malformed reply): for the operator's log. */
  onModelFailure?: (problem: string) => void;
}

/**
 * Answers a question in the model's words, grounded in the workspace's articles: the model sees
 * only the best passages of the top articles and must cite them. The retrieval answerer decides
 * first whether the articles cover the question at all; when they do not, the model is never
 * asked (it must not answer from nowhere). Any failure of the model, or an answer that cites no
 * passage, becomes a decline.
 */
export async function answerGeneratively(
  deps: Pick<CoreDeps, 'db'>,
  options: GenerativeOptions,
  input: { workspaceId: string; question: string; locale?: string | null },
): Promise<AnswerWithEvidence> {
  const index = await workspaceIndex(deps.db, input.workspaceId);
  // The passages come from the language whose articles answered: never a mix of languages.
  const { answer: retrieved, language } = answerInLanguages(index, input.question, input.locale);
  if (retrieved.declined || !language) return retrieved;
  const passages = passagesFor(language, language.search(input.question, PASSAGE_ARTICLES));
  const request = chatRequest(options.settings.model, input.question, passages);
  const completion = await requestCompletion(options.settings, request);
  if (!completion.ok) {
    options.onModelFailure?.(completion.problem);
    return declined(retrieved);
  }
  const reply = readReply(completion.content, passages.length);
  if (!reply) return declined(retrieved);
  return {
    answer: reply.text,
    declined: false,
    confidence: retrieved.confidence,
    citations: reply.cited.map((n) => citation(passages, n)),
    evidence: retrieved.evidence,
  };
}

/** The retrieval's confidence stays for reporting; nothing is answered or cited. */
const declined = (retrieved: AnswerWithEvidence): AnswerWithEvidence => ({
  ...retrieved,
  answer: null,
  declined: true,
  citations: [],
});

/** One passage per article, so a cited passage names its article. Scores relative to the top. */
function citation(passages: Passage[], n: number): Citation {
  const { article, score } = passages[n - 1]!.hit;
  const best = passages[0]!.hit.score;
  return {
    articleId: article.id,
    title: article.title,
    url: article.url,
    score: Math.round((score / best) * 1000) / 1000,
  };
}

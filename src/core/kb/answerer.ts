import type { CoreDeps } from '../deps.js';
import { answerQuestion, type AnswerWithEvidence } from './answer.js';
import { answerGeneratively, type GenerativeOptions } from './generative/answer-generatively.js';

/** Answers a question for a workspace, or declines; the same contract whichever mode is on. */
export type Answerer = (
  deps: Pick<CoreDeps, 'db'>,
  input: { workspaceId: string; question: string; locale?: string | null },
) => Promise<AnswerWithEvidence>;

/**
 * The one place that picks how questions are answered: from the articles' own sentences
 * (retrieval, the default), or in a model's words grounded in them when the composition root
 * hands in a model server. Every answer surface (API, CLI, widget's virtual agent) uses this.
 */
export function createAnswerer(generative?: GenerativeOptions): Answerer {
  if (!generative) return answerQuestion;
  return (deps, input) => answerGeneratively(deps, generative, input);
}

import type { ResponseView } from '../../shared/schemas/surveys.js';
import { SURVEY_QUESTIONS, isUnhappy } from '../../shared/survey-questions.js';

export const KIND_LABELS: Record<ResponseView['kind'], string> = {
  csat: 'CSAT',
  ces: 'CES',
  nps: 'NPS',
  cx: 'CX index',
  review: 'Review',
};

export const OUTCOME_LABELS = {
  open: 'Open',
  contacted: 'Contacted',
  recovered: 'Recovered',
  not_recovered: 'Not recovered',
} as const;

/** "4/5", "9/10", "★★☆☆☆". */
export function scoreText(r: Pick<ResponseView, 'kind' | 'score'>): string {
  if (r.kind === 'review') return '★'.repeat(r.score) + '☆'.repeat(5 - r.score);
  return `${r.score}/${SURVEY_QUESTIONS[r.kind].scale.max}`;
}

/** What an answer says about the customer's mood: for colour and for words. */
export function mood(r: Pick<ResponseView, 'kind' | 'score'>): 'unhappy' | 'neutral' | 'happy' {
  if (isUnhappy(r.kind, r.score)) return 'unhappy';
  const { max } = SURVEY_QUESTIONS[r.kind].scale;
  const happy = r.kind === 'nps' ? r.score >= 9 : r.score >= max - (r.kind === 'ces' ? 1 : 0);
  return happy ? 'happy' : 'neutral';
}

export const MOOD_WORDS = { unhappy: 'Unhappy', neutral: 'Neutral', happy: 'Happy' } as const;

/**
 * What each survey asks, in the customer's words, and its scale. The widget, the survey page,
 * the emails and the console all read it from here, so a question is worded once.
 */
export type SurveyKind = 'csat' | 'ces' | 'nps' | 'cx';
export type FeedbackKind = SurveyKind | 'review';

export interface Scale {
  min: number;
  max: number;
  /** What the two ends mean. */
  low: string;
  high: string;
}

export interface CxItem {
  key: 'effective' | 'easy' | 'enjoyable';
  question: (company: string) => string;
  low: string;
  high: string;
}

export interface SurveyQuestion {
  /** Short, for lists and subjects. */
  label: string;
  /** The question itself; `company` is the workspace's name, `person` who helped, if known. */
  question: (company: string, person?: string | null) => string;
  /** A statement the customer agrees with or not (CES), shown above the scale. */
  statement?: string;
  scale: Scale;
  /** The optional follow-up question. */
  comment: string;
}

const FIVE = { min: 1, max: 5 };

export const SURVEY_QUESTIONS: Record<FeedbackKind, SurveyQuestion> = {
  csat: {
    label: 'CSAT',
    question: (_company, person) =>
      person
        ? `How satisfied are you with the help you got from ${person}?`
        : 'How satisfied are you with the help you got?',
    scale: { ...FIVE, low: 'Very dissatisfied', high: 'Very satisfied' },
    comment: 'Anything you would like to add?',
  },
  ces: {
    label: 'CES',
    question: () => 'How much do you agree with this statement?',
    statement: 'The company made it easy for me to handle my issue.',
    scale: { min: 1, max: 7, low: 'Strongly disagree', high: 'Strongly agree' },
    comment: 'What could we have made easier?',
  },
  nps: {
    label: 'NPS',
    question: (company) => `How likely are you to recommend ${company} to a friend or colleague?`,
    scale: { min: 0, max: 10, low: 'Not at all likely', high: 'Extremely likely' },
    comment: 'What is the main reason for your score?',
  },
  cx: {
    label: 'CX index',
    question: (company) => `Three quick questions about ${company}.`,
    scale: { ...FIVE, low: 'Not at all', high: 'Completely' },
    comment: 'Anything you would like to add?',
  },
  review: {
    label: 'Review',
    question: (company) => `How would you rate ${company}?`,
    scale: { ...FIVE, low: '1 star', high: '5 stars' },
    comment: 'Tell us about your experience',
  },
};

/** The CX index: effectiveness, ease and emotion, five points each. */
export const CX_ITEMS: CxItem[] = [
  {
    key: 'effective',
    question: (company) => `How well did ${company} meet your needs?`,
    low: 'Not at all',
    high: 'Completely',
  },
  {
    key: 'easy',
    question: (company) => `How easy was it to do business with ${company}?`,
    low: 'Very difficult',
    high: 'Very easy',
  },
  {
    key: 'enjoyable',
    question: (company) => `How enjoyable was dealing with ${company}?`,
    low: 'Not at all',
    high: 'Very enjoyable',
  },
];

/** The scale's points in order: 1..5, 0..10. */
export const scalePoints = (scale: Scale): number[] =>
  Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i);

/**
 * Answers that open a follow-up (the inner loop): NPS detractors (0-6), CSAT 1-2, CES 1-3 and
 * reviews of one or two stars. The CX index is read in aggregate, not case by case.
 */
export function isUnhappy(kind: FeedbackKind, score: number): boolean {
  if (kind === 'nps') return score <= 6;
  if (kind === 'csat' || kind === 'review') return score <= 2;
  if (kind === 'ces') return score <= 3;
  return false;
}

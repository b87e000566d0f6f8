/**
 * The one-line definitions the console shows next to each figure. docs/metrics.md holds the
 * same sentences word for word (a test checks it) and the full definitions around them.
 */
export const METRIC_DEFINITIONS = {
  automatedResolution:
    'Of the conversations the assistant took first, the share it settled without people: ' +
    'the customer said an answer helped, or did not come back within 24 hours.',
  escalation:
    'Of the conversations the assistant took first, the share handed to people, ' +
    'by the reason they were handed over.',
  declined:
    "Of the assistant's replies, the share where it said it did not know instead of answering.",
  helpfulness: 'Of the answers customers rated, the share they rated helpful.',
  articles:
    "Each article's helpful and not-helpful votes (all time), and how many automated answers " +
    'in the period cited it.',
  period:
    'A conversation counts in the period it started in, an answer in the period it was given; ' +
    'outcomes are judged on everything known when the figures are made.',
} as const;

/** How handover reasons read in the console. Unknown reasons are shown as they are stored. */
export const HANDOVER_REASONS: Record<string, string> = {
  asked_for_person: 'Customer asked for a person',
  bot_declined: 'The assistant did not know',
  not_helpful: 'Answers did not help (twice)',
  negative_sentiment: 'Customer was upset',
  vip: 'Verified VIP customer',
  claimed: 'An agent took it over',
  assigned: 'Assigned to a person',
  timeout: 'The assistant ran out of time',
};

/** What the agent sees first when the assistant hands a conversation over. */
export interface HandoverSummary {
  /** Why it was handed over: asked_for_person, bot_declined, not_helpful, … */
  reason: string;
  at: string;
  /** What the customer asked the assistant, in order. */
  questions: string[];
  /** What the assistant answered with, and whether it helped. */
  answers: {
    declined: boolean;
    helpful: boolean | null;
    citations: { articleId: string; title: string }[];
  }[];
}

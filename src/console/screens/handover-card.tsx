import type { HandoverSummary } from '../../shared/schemas/handover.js';

const REASONS: Record<string, string> = {
  asked_for_person: 'The customer asked for a person',
  bot_declined: 'The assistant had no article that answers this',
  not_helpful: 'Two automated answers did not help',
  negative_sentiment: 'The customer sounded upset',
  vip: 'A verified VIP customer',
  budget_exceeded: 'The assistant did not settle it within its time budget',
};

const verdict = (a: HandoverSummary['answers'][number]) =>
  a.declined
    ? 'No article matched; the assistant did not guess'
    : a.helpful === true
      ? 'Answered; the customer said it helped'
      : a.helpful === false
        ? 'Answered; the customer said it did not help'
        : 'Answered; not rated by the customer';

/**
 * The first thing an agent reads on a handed-over conversation: why it came to people, what the
 * customer asked the assistant and what it suggested, so nobody asks the customer again.
 */
export function HandoverCard({ summary }: { summary: HandoverSummary }) {
  return (
    <section class="handover card" aria-labelledby="handover-heading">
      <h2 id="handover-heading">Handed over by the assistant</h2>
      <p class="strong">{REASONS[summary.reason] ?? summary.reason}</p>
      {summary.questions.length > 0 && (
        <ol class="handover-steps">
          {summary.questions.map((q, i) => {
            const a = summary.answers[i];
            return (
              <li key={i}>
                <span class="muted small">Asked:</span> <span class="break">{q}</span>
                {a && (
                  <div class="small">
                    <span class="muted">{verdict(a)}</span>
                    {a.citations.length > 0 && (
                      <span class="muted">
                        {' · from '}
                        {a.citations.map((c) => c.title).join(', ')}
                      </span>
                    )}
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

import type { ResponseListRow, SurveyResponseRow } from '../../db/queries/survey-responses.js';
import type { ResponseView } from '../../shared/schemas/surveys.js';

/** A response as lists, the API and webhooks show it. */
export function responseView(
  r: SurveyResponseRow & Partial<Pick<ResponseListRow, 'contact_name' | 'thanked_by_name'>>,
  followUp: ResponseListRow['follow_up_status'] = null,
): ResponseView {
  const cx = r.cx_effective !== null && r.cx_easy !== null && r.cx_enjoyable !== null;
  return {
    id: r.id,
    kind: r.kind,
    score: r.score,
    items: cx ? { effective: r.cx_effective!, easy: r.cx_easy!, enjoyable: r.cx_enjoyable! } : null,
    comment: r.comment,
    channel: r.channel,
    contactId: r.contact_id,
    contactName: r.contact_name ?? null,
    conversationId: r.conversation_id,
    caseId: r.case_id,
    thankedBy: r.thanked_by_name ?? null,
    followUp,
    createdAt: r.created_at.toISOString(),
  };
}

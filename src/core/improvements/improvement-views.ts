import type { LinkRow } from '../../db/queries/improvement-links.js';
import type { ImprovementListRow } from '../../db/queries/improvements.js';
import type { ImprovementLinkView, ImprovementSummary } from '../../shared/schemas/improvements.js';

export const improvementSummary = (i: ImprovementListRow): ImprovementSummary => ({
  id: i.id,
  title: i.title,
  status: i.status,
  topicId: i.topic_id,
  topicName: i.topic_name,
  ownerId: i.owner_id,
  ownerName: i.owner_name,
  targetDate: i.target_date,
  shippedAt: i.shipped_at?.toISOString() ?? null,
  links: i.links,
  notified: i.notified,
  updatedAt: i.updated_at.toISOString(),
});

export const linkView = (l: LinkRow): ImprovementLinkView => ({
  id: l.id,
  responseId: l.response_id,
  caseId: l.case_id,
  caseNumber: l.case_number,
  conversationId: l.conversation_id,
  contactName: l.contact_name,
  text: l.text,
  linkedAt: l.linked_at.toISOString(),
  notifiedAt: l.notified_at?.toISOString() ?? null,
});

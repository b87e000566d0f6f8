import {
  contactIdsByEmail,
  contactIdsIn,
  contactsSeenSince,
} from '../../db/queries/survey-audience.js';
import { findSurveySettings } from '../../db/queries/survey-settings.js';
import type { SendSurveyInput, SendSurveyResult } from '../../shared/schemas/surveys.js';
import { AppError } from '../errors.js';
import { offerSurvey } from './offer-survey.js';
import { DAY_MS, type SurveyDeps } from './survey-deps.js';

/** Contacts per call when sending to everyone seen lately; the next call takes the next ones. */
export const SEND_BATCH = 2000;

/**
 * Sends a relational survey (NPS or the CX index) to named contacts (by id or email address) or
 * to every contact seen in the last N days. Each contact goes through the same offer path as
 * any survey, so the fatigue cap and sampling hold and every decision is recorded. With
 * `deliver: 'link'` nothing is emailed: the links come back for the caller to hand out.
 */
export async function sendRelationalSurvey(
  deps: SurveyDeps,
  by: { workspaceId: string; userId: string | null },
  input: SendSurveyInput,
): Promise<SendSurveyResult> {
  if (input.deliver === 'email' && !deps.emailEnabled) {
    throw new AppError(
      'invalid_input',
      'Email is not set up on this server (SMTP_URL). Ask for links instead (deliver: "link"), or set SMTP_URL and MAIL_FROM.',
    );
  }
  const { contactIds, unknown, more } = await audience(deps, by.workspaceId, input);
  const result: SendSurveyResult = {
    offered: 0,
    suppressed: { fatigue: 0, sampling: 0, no_channel: 0 },
    unknown,
    more,
    invitations: [],
  };
  for (const contactId of contactIds) {
    const offer = await offerSurvey(deps, {
      kind: input.kind,
      workspaceId: by.workspaceId,
      contactId,
      touchpoint: 'relational',
      ...(by.userId ? { createdBy: by.userId } : {}),
      deliver: input.deliver === 'link' ? 'link' : 'auto',
    });
    if (offer.status === 'offered') {
      result.offered++;
      result.invitations.push({ contactId, status: 'offered', link: offer.link });
    } else {
      result.suppressed[offer.reason]++;
      result.invitations.push({ contactId, status: 'suppressed', reason: offer.reason });
    }
  }
  return result;
}

async function audience(
  deps: SurveyDeps,
  workspaceId: string,
  input: SendSurveyInput,
): Promise<{ contactIds: string[]; unknown: number; more: boolean }> {
  if (input.contactIds) {
    const wanted = [...new Set(input.contactIds)];
    const found = await contactIdsIn(deps.db, workspaceId, wanted);
    return { contactIds: found, unknown: wanted.length - found.length, more: false };
  }
  if (input.emails) {
    const wanted = [...new Set(input.emails.map((e) => e.toLowerCase()))];
    const found = await contactIdsByEmail(deps.db, workspaceId, wanted);
    return { contactIds: found, unknown: wanted.length - found.length, more: false };
  }
  const now = deps.now().getTime();
  const { fatigue_days } = await findSurveySettings(deps.db, workspaceId);
  const ids = await contactsSeenSince(deps.db, {
    workspaceId,
    seenSince: new Date(now - input.seenWithinDays! * DAY_MS),
    offeredSince: new Date(now - fatigue_days * DAY_MS),
    withEmail: input.deliver === 'email',
    limit: SEND_BATCH + 1,
  });
  return { contactIds: ids.slice(0, SEND_BATCH), unknown: 0, more: ids.length > SEND_BATCH };
}

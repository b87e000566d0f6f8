import { markOfferAnswered, type SurveyOfferRow } from '../../db/queries/survey-offers.js';
import { setResponseComment, findResponseByOffer } from '../../db/queries/survey-responses.js';
import type {
  AnswerSurveyInput,
  SurveyChannel,
  WidgetSurveyState,
} from '../../shared/schemas/surveys.js';
import { SURVEY_QUESTIONS } from '../../shared/survey-questions.js';
import { AppError } from '../errors.js';
import { recordResponse } from './record-response.js';
import type { SurveyDeps } from './survey-deps.js';
import { openOffer, surveyState } from './survey-state.js';

export interface AnswerSurveyCall {
  workspaceId: string;
  offerId: string;
  /** Where the answer came from: the widget, the email's one-tap links, or the survey page. */
  channel: SurveyChannel;
  answer: AnswerSurveyInput;
  /** A widget visitor may answer only their own survey. */
  contactId?: string;
}

/**
 * Records the customer's one-tap answer (and the comment, if it came with it). A survey is
 * answered once: tapping again, or a second tab, changes nothing and shows the first answer,
 * though a comment sent along is kept. Closed surveys refuse answers.
 */
export async function answerSurvey(
  deps: SurveyDeps,
  call: AnswerSurveyCall,
): Promise<WidgetSurveyState & { first: boolean }> {
  const now = deps.now();
  const comment = call.answer.comment || null;
  const first = await deps.db.transaction(async (tx) => {
    const offer = await openOffer(tx, { ...call, lock: true });
    if (offer.status === 'answered') {
      const existing = await findResponseByOffer(tx, call.workspaceId, offer.id);
      if (existing && comment)
        await setResponseComment(tx, call.workspaceId, existing.id, comment, now);
      return false;
    }
    if (offer.expires_at && offer.expires_at <= now) {
      throw new AppError('forbidden', 'This survey has closed. Thank you all the same.');
    }
    const scores = scoreOf(offer, call.answer);
    await recordResponse(deps, tx, {
      workspace_id: call.workspaceId,
      offer_id: offer.id,
      kind: offer.kind,
      contact_id: offer.contact_id,
      conversation_id: offer.conversation_id,
      case_id: offer.case_id,
      ...scores,
      comment,
      channel: call.channel,
      handlerId: offer.agent_id,
    });
    await markOfferAnswered(tx, call.workspaceId, offer.id, now);
    return true;
  });
  const offer = await openOffer(deps.db, call);
  return { ...(await surveyState(deps.db, offer, now)), first };
}

type Scores = {
  score: number;
  cx_effective: number | null;
  cx_easy: number | null;
  cx_enjoyable: number | null;
};

/** The score on the offer's own scale; the CX index needs all three items. */
function scoreOf(offer: SurveyOfferRow, a: AnswerSurveyInput): Scores {
  if (offer.kind === 'cx') {
    const { effective, easy, enjoyable } = a;
    if (effective === undefined || easy === undefined || enjoyable === undefined) {
      throw new AppError('invalid_input', 'Answer all three questions, each from 1 to 5.');
    }
    const score = Math.round((effective + easy + enjoyable) / 3);
    return { score, cx_effective: effective, cx_easy: easy, cx_enjoyable: enjoyable };
  }
  const { min, max } = SURVEY_QUESTIONS[offer.kind].scale;
  if (a.score === undefined || a.score < min || a.score > max) {
    throw new AppError('invalid_input', `Choose a score from ${min} to ${max}.`);
  }
  return { score: a.score, cx_effective: null, cx_easy: null, cx_enjoyable: null };
}

import { findResponseByOffer, setResponseComment } from '../../db/queries/survey-responses.js';
import type { WidgetSurveyState } from '../../shared/schemas/surveys.js';
import { AppError } from '../errors.js';
import type { SurveyDeps } from './survey-deps.js';
import { openOffer, surveyState } from './survey-state.js';

/** The optional words after the tap; sending again replaces them. */
export async function addSurveyComment(
  deps: SurveyDeps,
  call: { workspaceId: string; offerId: string; comment: string; contactId?: string },
): Promise<WidgetSurveyState> {
  const offer = await openOffer(deps.db, call);
  const response = await findResponseByOffer(deps.db, call.workspaceId, offer.id);
  if (!response) throw new AppError('conflict', 'Choose a score first; the comment goes with it.');
  await setResponseComment(deps.db, call.workspaceId, response.id, call.comment, deps.now());
  return surveyState(deps.db, offer, deps.now());
}

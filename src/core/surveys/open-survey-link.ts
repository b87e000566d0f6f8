import type { SurveyOfferRow } from '../../db/queries/survey-offers.js';
import { findWorkspaceById } from '../../db/queries/workspaces.js';
import type { SurveyChannel, WidgetSurveyState } from '../../shared/schemas/surveys.js';
import { SURVEY_QUESTIONS } from '../../shared/survey-questions.js';
import { notFound } from '../errors.js';
import { readLink } from '../links/signed-link.js';
import { namedPerson } from './named-person.js';
import type { SurveyDeps } from './survey-deps.js';
import { openOffer, surveyState } from './survey-state.js';

export interface OpenedSurvey {
  offer: SurveyOfferRow;
  state: WidgetSurveyState;
  company: string;
  /** The question as the customer reads it (naming who helped them, for CSAT). */
  question: string;
  /** How an answer through this link counts: from the email, or from a link handed out. */
  channel: SurveyChannel;
}

/**
 * The survey behind a signed link, for its public page (no sign-in). An altered link, one made
 * for something else, or one past its expiry is refused with a message the customer can act on.
 */
export async function openSurveyLink(deps: SurveyDeps, token: string): Promise<OpenedSurvey> {
  const claims = await readLink(deps, token, 'survey');
  const offer = await openOffer(deps.db, {
    workspaceId: claims.workspaceId,
    offerId: claims.subjectId,
  });
  const workspace = await findWorkspaceById(deps.db, offer.workspace_id);
  if (!workspace) throw notFound('Survey');
  const person = await namedPerson(deps.db, offer.workspace_id, offer.agent_id);
  return {
    offer,
    state: await surveyState(deps.db, offer, deps.now()),
    company: workspace.name,
    question: SURVEY_QUESTIONS[offer.kind].question(workspace.name, person?.name),
    channel: offer.channels.includes('email') ? 'email' : 'link',
  };
}

import { z } from 'zod';
import { ResponseListQuery, ResponsePage, SendSurveyInput } from '../../shared/schemas/surveys.js';
import type { RouteSpec } from './api-v1-spec.js';

const SendSurveyResult = z.object({
  offered: z.number().int(),
  suppressed: z.object({ fatigue: z.number(), sampling: z.number(), no_channel: z.number() }),
  unknown: z.number().int(),
  more: z.boolean(),
  invitations: z.array(
    z.object({
      contactId: z.uuid(),
      status: z.enum(['offered', 'suppressed']),
      reason: z.enum(['fatigue', 'sampling', 'no_channel']).optional(),
      link: z.url().optional(),
    }),
  ),
});

/** Surveys and feedback in /api/v1; merged into API_V1, so OpenAPI documents them too. */
export const API_V1_SURVEYS = {
  surveysSend: {
    method: 'post',
    path: '/surveys/send',
    summary:
      'Send a relational survey (NPS or the CX index) to contacts by id or email, or to every ' +
      'contact seen in the last N days (2,000 per call; `more` says call again). The fatigue ' +
      'cap and sampling apply and every decision is recorded. `deliver: "link"` returns signed ' +
      'links for you to hand out instead of emailing them.',
    body: { schema: SendSurveyInput },
    response: SendSurveyResult,
  },
  feedbackResponses: {
    method: 'get',
    path: '/feedback/responses',
    summary:
      'Survey answers and reviews, newest first; filter by kind and period (from inclusive, ' +
      'to exclusive), page with `before`',
    query: ResponseListQuery,
    response: ResponsePage,
  },
} as const satisfies Record<string, RouteSpec>;

import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { resolveVisitor } from '../../core/contacts/resolve-visitor.js';
import { AppError } from '../../core/errors.js';
import { checkInvitation } from '../../core/invitations/check-invitation.js';
import { evaluateInvitations } from '../../core/invitations/evaluate-invitations.js';
import { invitationNeeds } from '../../core/invitations/invitation-needs.js';
import { linkInvitationConversation } from '../../core/invitations/link-invitation-conversation.js';
import { recordInvitationGoal } from '../../core/invitations/record-invitation-goal.js';
import { respondToInvitation } from '../../core/invitations/respond-to-invitation.js';
import {
  InvitationConversationInput,
  InvitationGoalInput,
  InvitationResponseInput,
  InvitationSignals,
  MAX_SIGNALS_BYTES,
  VisitorKey,
} from '../../shared/schemas/invitations.js';
import type { AppEnv, HttpDeps } from '../app-env.js';
import { errorResponse } from '../errors.js';
import { readJson, uuidParam } from '../validate.js';

const tooLarge = new AppError(
  'invalid_input',
  `Signals are limited to ${MAX_SIGNALS_BYTES / 1024} KB: send fewer events and attributes, or shorter values.`,
);

/**
 * Proactive invitations, called by the widget loader on every page of the business's site. The
 * loader's calls are "simple" cross-origin requests (the key in the body or query, no custom
 * headers), so each costs one round trip and no preflight; the settings are cacheable.
 */
export function widgetInvitationRoutes({ core, onlineAgents, routingChanged }: HttpDeps) {
  const app = new Hono<AppEnv>();
  app.use(
    '/invitations/*',
    cors({ origin: '*', allowHeaders: ['content-type', 'authorization', 'x-parley-key'] }),
  );
  const deps = { ...core, onlineAgents: onlineAgents ?? (() => []) };
  const small = bodyLimit({
    maxSize: MAX_SIGNALS_BYTES,
    onError: (c) => errorResponse(c, tooLarge),
  });

  app.get('/invitations/settings', async (c) => {
    const needs = await invitationNeeds(core, c.req.query('key'));
    c.header('Cache-Control', 'public, max-age=300');
    return c.json(needs);
  });
  app.post('/invitations/evaluate', small, async (c) =>
    c.json({ invitation: await evaluateInvitations(deps, await readJson(c, InvitationSignals)) }),
  );
  app.post('/invitations/goals', small, async (c) => {
    const kept = await recordInvitationGoal(core, await readJson(c, InvitationGoalInput));
    return c.json({ kept });
  });
  // Asked while the bubble shows: is the promise still kept (is someone still there)?
  app.get('/invitations/:id/status', async (c) => {
    const invitationId = uuidParam(c, 'id', 'Invitation');
    const visitor = VisitorKey.safeParse(c.req.query('visitor'));
    if (!visitor.success) throw new AppError('invalid_input', 'Pass the widget’s visitor id.');
    const key = c.req.query('key') ?? '';
    c.header('Cache-Control', 'no-store');
    return c.json(await checkInvitation(deps, { key, invitationId, visitor: visitor.data }));
  });
  app.post('/invitations/:id/response', small, async (c) => {
    const id = uuidParam(c, 'id', 'Invitation');
    await respondToInvitation(core, id, await readJson(c, InvitationResponseInput));
    return c.body(null, 204);
  });
  // From the panel, once the conversation an accepted invitation led to has started.
  app.post('/invitations/:id/conversation', small, async (c) => {
    const invitationId = uuidParam(c, 'id', 'Invitation');
    const token = c.req.header('authorization')?.replace(/^Visitor\s+/i, '');
    const who = await resolveVisitor(core, c.req.header('x-parley-key'), token);
    const input = await readJson(c, InvitationConversationInput);
    const { teamChanged } = await linkInvitationConversation(core, who, { invitationId, ...input });
    if (teamChanged) routingChanged?.(who.workspaceId);
    return c.body(null, 204);
  });
  return app;
}

import { Hono } from 'hono';
import {
  listWorkspaceAgents,
  setAgentProfile,
  setAgentStatus,
} from '../../core/teams/agent-profiles.js';
import {
  changeTeam,
  createTeam,
  listWorkspaceTeams,
  removeTeam,
} from '../../core/teams/manage-teams.js';
import { setTeamHours } from '../../core/teams/team-hours.js';
import { requireAdmin } from '../../core/users/require-role.js';
import {
  AgentProfileInput,
  AgentStatusInput,
  TeamHoursInput,
  TeamInput,
} from '../../shared/schemas/routing.js';
import type { AppEnv, HttpDeps } from '../app-env.js';
import { sessionAuth } from '../middleware/session-auth.js';
import { readJson, uuidParam } from '../validate.js';

/** Teams, agents' skills and capacity (owners and admins), and each agent's own status. */
export function consoleTeamRoutes({ core, routingChanged }: HttpDeps) {
  const app = new Hono<AppEnv>();
  const auth = sessionAuth(core);
  // Any change to who can take what: routing rebuilds the workspace.
  const changed = <T>(workspaceId: string, result: T) => {
    routingChanged?.(workspaceId);
    return result;
  };

  app.get('/teams', auth, async (c) =>
    c.json({ teams: await listWorkspaceTeams(core, c.get('actor').workspaceId) }),
  );
  app.post('/teams', auth, async (c) => {
    const { workspaceId, member } = c.get('actor');
    requireAdmin(member.role);
    const team = await createTeam(core, workspaceId, await readJson(c, TeamInput));
    return c.json(changed(workspaceId, team), 201);
  });
  app.put('/teams/:id', auth, async (c) => {
    const { workspaceId, member } = c.get('actor');
    requireAdmin(member.role);
    const id = uuidParam(c, 'id', 'Team');
    return c.json(
      changed(workspaceId, await changeTeam(core, workspaceId, id, await readJson(c, TeamInput))),
    );
  });
  app.put('/teams/:id/hours', auth, async (c) => {
    const { workspaceId, member } = c.get('actor');
    requireAdmin(member.role);
    const id = uuidParam(c, 'id', 'Team');
    const { businessHours } = await readJson(c, TeamHoursInput);
    return c.json(changed(workspaceId, await setTeamHours(core, workspaceId, id, businessHours)));
  });
  app.delete('/teams/:id', auth, async (c) => {
    const { workspaceId, member } = c.get('actor');
    requireAdmin(member.role);
    await removeTeam(core, workspaceId, uuidParam(c, 'id', 'Team'));
    return changed(workspaceId, c.body(null, 204));
  });
  app.get('/agents', auth, async (c) =>
    c.json({ agents: await listWorkspaceAgents(core, c.get('actor').workspaceId) }),
  );
  app.put('/agents/:id', auth, async (c) => {
    const { workspaceId, member } = c.get('actor');
    requireAdmin(member.role);
    const id = uuidParam(c, 'id', 'Agent');
    const input = await readJson(c, AgentProfileInput);
    return c.json(changed(workspaceId, await setAgentProfile(core, workspaceId, id, input)));
  });
  app.put('/me/status', auth, async (c) => {
    const { workspaceId, member } = c.get('actor');
    const { status } = await readJson(c, AgentStatusInput);
    return c.json(changed(workspaceId, await setAgentStatus(core, workspaceId, member.id, status)));
  });
  return app;
}

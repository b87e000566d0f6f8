import { createApiToken } from '../../core/tokens/api-tokens.js';
import { findWorkspace } from '../../core/workspaces/find-workspace.js';
import { jsonFlag, requireFlag, type Command } from '../command.js';
import { withCore } from '../with-db.js';

export const tokenCreateCommand: Command = {
  words: ['token', 'create'],
  usage: 'parley token create --workspace KEY --name NAME [--json]',
  summary: 'Create a REST API token (shown once).',
  options: { ...jsonFlag, workspace: { type: 'string' }, name: { type: 'string' } },
  async run(ctx) {
    const workspaceKey = requireFlag(ctx, 'workspace');
    const name = requireFlag(ctx, 'name');
    const { token, record } = await withCore(ctx.config, async (core) => {
      const workspace = await findWorkspace(core, workspaceKey);
      return createApiToken(core, { workspaceId: workspace.id, name, createdBy: null });
    });
    if (ctx.flags.json) ctx.out(JSON.stringify({ id: record.id, name: record.name, token }));
    else ctx.out(`API token "${record.name}" (shown once, store it now):\n${token}`);
    return 0;
  },
};

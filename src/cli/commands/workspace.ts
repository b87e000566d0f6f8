import { createWorkspace } from '../../core/workspaces/create-workspace.js';
import { listWorkspaces } from '../../db/queries/workspaces.js';
import { jsonFlag, UsageError, type Command } from '../command.js';
import { withCore } from '../with-db.js';

export const workspaceCreateCommand: Command = {
  words: ['workspace', 'create'],
  usage: 'parley workspace create NAME [--json]',
  summary: 'Create a workspace and print its public widget key.',
  options: jsonFlag,
  positionals: [1, 1],
  async run(ctx) {
    const name = ctx.args[0]!.trim();
    if (!name || name.length > 120) throw new UsageError('NAME must be 1-120 characters.');
    const w = await withCore(ctx.config, (core) => createWorkspace(core, { name }));
    if (ctx.flags.json)
      ctx.out(JSON.stringify({ id: w.id, name: w.name, publicKey: w.public_key }));
    else ctx.out(`Created workspace "${w.name}"\n  id:  ${w.id}\n  key: ${w.public_key}`);
    return 0;
  },
};

export const workspaceListCommand: Command = {
  words: ['workspace', 'list'],
  usage: 'parley workspace list [--json]',
  summary: 'List workspaces with their public keys.',
  options: jsonFlag,
  async run(ctx) {
    const rows = await withCore(ctx.config, (core) => listWorkspaces(core.db));
    const items = rows.map((w) => ({
      id: w.id,
      name: w.name,
      publicKey: w.public_key,
      demo: w.is_demo,
      createdAt: w.created_at.toISOString(),
    }));
    if (ctx.flags.json) {
      ctx.out(JSON.stringify(items));
      return 0;
    }
    if (!items.length) ctx.out('No workspaces yet. Create one: parley workspace create NAME');
    for (const w of items) ctx.out(`${w.publicKey}  ${w.name}${w.demo ? '  (demo)' : ''}  ${w.id}`);
    return 0;
  },
};

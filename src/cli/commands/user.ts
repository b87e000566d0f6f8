import { addMember } from '../../core/users/add-member.js';
import { resetPassword } from '../../core/users/reset-password.js';
import { findWorkspace } from '../../core/workspaces/find-workspace.js';
import { ROLES, type Role } from '../../shared/schemas/auth.js';
import { jsonFlag, loginUrl, requireFlag, UsageError, type Command } from '../command.js';
import { withCore } from '../with-db.js';

export const userCreateCommand: Command = {
  words: ['user', 'create'],
  usage:
    'parley user create --workspace KEY --email EMAIL --name NAME [--role owner|admin|agent|champion] [--json]',
  summary: 'Add a person to a workspace; prints a one-time sign-in link.',
  options: {
    ...jsonFlag,
    workspace: { type: 'string' },
    email: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string', default: 'agent' },
  },
  async run(ctx) {
    const workspaceKey = requireFlag(ctx, 'workspace');
    const email = requireFlag(ctx, 'email');
    const name = requireFlag(ctx, 'name');
    const role = ctx.flags.role as Role;
    if (!ROLES.includes(role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}.`);
    if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw new UsageError('--email must be an email address.');
    const added = await withCore(ctx.config, async (core) => {
      const workspace = await findWorkspace(core, workspaceKey);
      return addMember(core, { workspaceId: workspace.id, email, name, role });
    });
    const link = added.loginToken ? loginUrl(ctx.config, added.loginToken) : undefined;
    if (ctx.flags.json)
      ctx.out(JSON.stringify({ userId: added.userId, email, role, loginUrl: link ?? null }));
    else {
      ctx.out(`Added ${email} as ${role}.`);
      ctx.out(
        link
          ? `One-time sign-in link (24 h): ${link}`
          : 'They sign in with their existing password.',
      );
    }
    return 0;
  },
};

export const userResetPasswordCommand: Command = {
  words: ['user', 'reset-password'],
  usage: 'parley user reset-password --email EMAIL [--json]',
  summary: 'Invalidate a password and sessions; print a one-time sign-in link.',
  options: { ...jsonFlag, email: { type: 'string' } },
  async run(ctx) {
    const email = requireFlag(ctx, 'email');
    const reset = await withCore(ctx.config, (core) => resetPassword(core, { email }));
    const link = loginUrl(ctx.config, reset.loginToken);
    if (ctx.flags.json) ctx.out(JSON.stringify({ userId: reset.userId, loginUrl: link }));
    else
      ctx.out(
        `Password cleared and sessions ended for ${email}.\nOne-time sign-in link (24 h): ${link}`,
      );
    return 0;
  },
};

import { seedDemo } from '../../core/demo/seed-demo.js';
import { loginUrl, type Command } from '../command.js';
import { withCore } from '../with-db.js';

export const seedDemoCommand: Command = {
  words: ['seed', 'demo'],
  usage: 'parley seed demo',
  summary: 'Create the "Hopfield Homebrew" demo workspace if there is none.',
  async run(ctx) {
    const demo = await withCore(ctx.config, (core) => seedDemo(core, { onlyIfEmpty: false }));
    if (!demo) {
      ctx.out('The demo workspace already exists; nothing changed.');
      return 0;
    }
    ctx.out(`Created "${demo.workspace.name}" (key ${demo.workspace.public_key}).`);
    ctx.out(
      `Owner ${demo.ownerEmail} signs in once with: ${loginUrl(ctx.config, demo.ownerLoginToken)}`,
    );
    return 0;
  },
};

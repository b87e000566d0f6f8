import { startServer } from '../../server.js';
import { loginUrl, type Command } from '../command.js';

export const startCommand: Command = {
  words: ['start'],
  usage: 'parley start [--port N] [--host ADDR]',
  summary: 'Migrate the database, seed the demo on first start, and serve.',
  options: { port: { type: 'string' }, host: { type: 'string' } },
  async run(ctx) {
    const server = await startServer(ctx.config, { assetsDir: ctx.assetsDir });
    const banner = [
      `\nParley is running: ${server.url}`,
      `  Demo shop: ${server.url}/`,
      `  Console:   ${server.url}/console`,
    ];
    if (server.demo) {
      const link = loginUrl({ ...ctx.config, PUBLIC_URL: server.url }, server.demo.ownerLoginToken);
      banner.push(
        `\nFirst start: created the demo workspace "${server.demo.workspace.name}".`,
        `  Owner ${server.demo.ownerEmail} signs in once with this link (valid 24 h, single use):`,
        `  ${link}\n`,
      );
    }
    // One write, so whoever reads stdout sees the whole banner at once.
    ctx.out(banner.join('\n'));
    return new Promise<number>((resolve) => {
      const stop = () => {
        // A second signal while stopping means "now".
        process.once('SIGINT', () => process.exit(130));
        void server.close().then(() => resolve(0));
      };
      process.once('SIGTERM', stop);
      process.once('SIGINT', stop);
    });
  },
};

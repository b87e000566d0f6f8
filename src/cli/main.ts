import { fileURLToPath } from 'node:url';
import { runCli } from './run-cli.js';

// The bundle sits in dist/ beside the built console, so its own folder holds the assets.
const assetsDir = fileURLToPath(new URL('.', import.meta.url));

const code = await runCli(process.argv.slice(2), process.env, {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  assetsDir,
});
// Exit explicitly: a finished command must not linger on an idle handle.
process.exit(code);

import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type ConfigFlags } from '../config.js';
import { AppError } from '../core/errors.js';
import { UsageError, type CliIo, type Command } from './command.js';
import { kbAskCommand, kbExportCommand, kbImportCommand } from './commands/kb.js';
import { migrateCommand } from './commands/migrate.js';
import { seedDemoCommand } from './commands/seed.js';
import { startCommand } from './commands/start.js';
import { tokenCreateCommand } from './commands/token.js';
import { userCreateCommand, userResetPasswordCommand } from './commands/user.js';
import { workspaceCreateCommand, workspaceListCommand } from './commands/workspace.js';

export const COMMANDS: readonly Command[] = [
  startCommand,
  migrateCommand,
  seedDemoCommand,
  workspaceCreateCommand,
  workspaceListCommand,
  userCreateCommand,
  userResetPasswordCommand,
  tokenCreateCommand,
  kbImportCommand,
  kbExportCommand,
  kbAskCommand,
];

export function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.words.join(' ').length));
  const lines = COMMANDS.map(
    (c) => `  ${c.words.join(' ').padEnd(width)}  ${c.summary}\n  ${' '.repeat(width)}  ${c.usage}`,
  );
  return [
    'Usage: parley COMMAND [options]',
    '',
    'Commands:',
    ...lines,
    `  ${'help'.padEnd(width)}  Show this help.`,
    '',
    'Every command acts on the database named by DATABASE_URL (default file://./data).',
  ].join('\n');
}

function findCommand(argv: string[]): Command | undefined {
  return COMMANDS.find((c) => c.words.every((w, i) => argv[i] === w));
}

/** Runs one CLI invocation and resolves to its exit code; never calls process.exit itself. */
export async function runCli(
  argv: string[],
  env: Record<string, string | undefined>,
  io: CliIo & { assetsDir: string },
): Promise<number> {
  if (argv.length === 0 || ['help', '--help', '-h'].includes(argv[0]!)) {
    io.out(helpText());
    return argv.length === 0 ? 2 : 0;
  }
  const command = findCommand(argv);
  if (!command) {
    io.err(`Unknown command: ${argv.join(' ')}\n\n${helpText()}`);
    return 2;
  }
  try {
    const parsed = parseArgs({
      args: argv.slice(command.words.length),
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    if (parsed.values.help) {
      io.out(`${command.usage}\n\n${command.summary}`);
      return 0;
    }
    const [min, max] = command.positionals ?? [0, 0];
    if (parsed.positionals.length < min || parsed.positionals.length > max) {
      throw new UsageError(`Expected: ${command.usage}`);
    }
    const values = parsed.values as Record<string, string | boolean | undefined>;
    const flags: ConfigFlags = {};
    if (typeof values.port === 'string') flags.PORT = values.port;
    if (typeof values.host === 'string') flags.HOST = values.host;
    const config = loadConfig(env, flags);
    return await command.run({ ...io, config, args: parsed.positionals, flags: values });
  } catch (error) {
    return reportFailure(error, command, io);
  }
}

function reportFailure(error: unknown, command: Command, io: CliIo): number {
  if (error instanceof ConfigError) {
    io.err(error.message);
    return 78; // EX_CONFIG
  }
  if (
    error instanceof UsageError ||
    (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
  ) {
    io.err(`${(error as Error).message}\n\nUsage: ${command.usage}\n\n${helpText()}`);
    return 2;
  }
  if (error instanceof AppError) {
    io.err(error.message);
    return 1;
  }
  io.err(`parley ${command.words.join(' ')} failed: ${(error as Error).message ?? String(error)}`);
  return 1;
}

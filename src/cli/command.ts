import type { ParseArgsConfig } from 'node:util';
import type { Config } from '../config.js';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

export interface CommandContext extends CliIo {
  config: Config;
  args: string[];
  flags: Record<string, string | boolean | undefined>;
  /** The folder holding dist/ assets (console bundle), for `start`. */
  assetsDir: string;
}

/** One CLI command: its words (e.g. ["workspace", "list"]), flags, help text and action. */
export interface Command {
  words: string[];
  usage: string;
  summary: string;
  options?: NonNullable<ParseArgsConfig['options']>;
  /** How many positional arguments after the words: [min, max]. */
  positionals?: [number, number];
  /** Resolves to the exit code. */
  run(ctx: CommandContext): Promise<number>;
}

/** A usage error: the CLI prints the message and the help, then exits 2. */
export class UsageError extends Error {}

export const jsonFlag = { json: { type: 'boolean' } } as const;

export function requireFlag(ctx: CommandContext, name: string): string {
  const value = ctx.flags[name];
  if (typeof value !== 'string' || value === '') throw new UsageError(`--${name} is required.`);
  return value;
}

/** Where people reach the console, for links printed on the terminal. */
export function baseUrl(config: Config): string {
  return config.PUBLIC_URL?.replace(/\/$/, '') ?? `http://localhost:${config.PORT}`;
}

export function loginUrl(config: Config, token: string): string {
  // In the fragment, so the token never reaches a server log or a Referer header.
  return `${baseUrl(config)}/console/#link=${token}`;
}

import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Every setting Parley reads, with its environment variable, default and what it expects. */
const ConfigSchema = z.object({
  PORT: z.coerce
    .number({ error: 'a TCP port number between 0 and 65535' })
    .int('a whole number')
    .min(0, 'a port number between 0 and 65535')
    .max(65535, 'a port number between 0 and 65535')
    .default(3000),
  HOST: z.string().min(1, 'a host name or address to listen on').default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(
      /^(file:\/\/.+|memory:\/\/.*|postgres(ql)?:\/\/.+)$/,
      'file://DIR (embedded), memory:// (throwaway) or postgres://USER@HOST:PORT/DB',
    )
    .default('file://./data'),
  PUBLIC_URL: z
    .url({ error: 'an absolute http(s) URL such as https://help.example.com' })
    .optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  SESSION_DAYS: z.coerce
    .number({ error: 'a number of days' })
    .int('a whole number of days')
    .min(1, 'at least 1 day')
    .max(365, 'at most 365 days')
    .default(14),
  SHUTDOWN_TIMEOUT_MS: z.coerce
    .number({ error: 'milliseconds' })
    .int('a whole number of milliseconds')
    .min(100, 'at least 100 ms')
    .max(60000, 'at most 60000 ms')
    .default(10000),
  DEMO: z
    .enum(['auto', 'off'], { error: "'auto' (seed the demo into an empty database) or 'off'" })
    .default('auto'),
  // Default: 20 frames at once, then 5 a second per socket: far above typing speed, far below a flood.
  SOCKET_FRAME_BURST: z.coerce
    .number({ error: 'a number of frames' })
    .int('a whole number')
    .min(1, 'at least 1')
    .default(20),
  SOCKET_FRAMES_PER_SECOND: z.coerce
    .number({ error: 'frames per second' })
    .positive('more than 0')
    .default(5),
  // An agent whose console is gone this long gets their conversations put back in line; one
  // whose phone still receives Web Push is reachable and keeps them longer.
  // Route each conversation that enters the queue to an eligible agent at once (on), or leave
  // the queue for agents to take by hand (off).
  ROUTING_AUTO_ASSIGN: z
    .enum(['on', 'off'], { error: "'on' (assign automatically) or 'off' (agents take by hand)" })
    .default('on'),
  ROUTING_OFFLINE_GRACE_SECONDS: z.coerce
    .number({ error: 'a number of seconds' })
    .int('a whole number')
    .min(0, 'at least 0')
    .max(86400, 'at most 86400 (a day)')
    .default(120),
  ROUTING_PUSH_GRACE_SECONDS: z.coerce
    .number({ error: 'a number of seconds' })
    .int('a whole number')
    .min(0, 'at least 0')
    .max(86400, 'at most 86400 (a day)')
    .default(900),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/.+/, 'redis://HOST:PORT')
    .optional(),
  // Web Push services may contact the sender: default the https PUBLIC_URL, else a mailto.
  VAPID_SUBJECT: z
    .string()
    .regex(/^(mailto:.+@.+|https:\/\/.+)$/, 'mailto:you@example.com or an https:// URL')
    .optional(),
  // Generative answers (optional): an OpenAI-compatible chat-completions server.
  LLM_BASE_URL: z
    .url({
      protocol: /^https?$/,
      error: 'the http(s) base of an OpenAI-compatible API, such as http://localhost:11434/v1',
    })
    .optional(),
  LLM_MODEL: z.string().min(1, 'a model name such as llama3.1').optional(),
  // Any non-empty string is valid, so ConfigError never has a reason to print it.
  LLM_API_KEY: z.string().optional(),
  LLM_TIMEOUT_MS: z.coerce
    .number({ error: 'milliseconds' })
    .int('a whole number of milliseconds')
    .min(100, 'at least 100 ms')
    .max(120000, 'at most 120000 ms')
    .default(15000),
  // Outgoing email (optional): survey invitations and personal thank-yous, sent with nodemailer.
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/\S+$/, 'smtp://USER:PASSWORD@HOST:587 or smtps://USER:PASSWORD@HOST:465')
    .optional(),
  // Mail carries a person's name; replies go to that person. A no-reply address defeats that.
  MAIL_FROM: z
    .email({ error: 'an email address such as feedback@example.com' })
    .refine((a) => !/^(no-?reply|do-?not-?reply)@/i.test(a), {
      error: 'an address people may answer: replies reach the person who wrote, not a no-reply box',
    })
    .optional(),
});

// Half of the generative pair is a mistake, not "off": name the missing half. Checked even when
// other variables are bad, so every problem is still listed in one go.
const llmPairChecked = (payload: { issues: { path?: PropertyKey[] }[] }) =>
  !payload.issues.some((i) => ['LLM_BASE_URL', 'LLM_MODEL'].includes(String(i.path?.[0])));
const CheckedConfigSchema = ConfigSchema.refine((c) => !c.LLM_BASE_URL || Boolean(c.LLM_MODEL), {
  path: ['LLM_MODEL'],
  message: 'a model name too, since LLM_BASE_URL is set (or unset LLM_BASE_URL to stay off)',
  when: llmPairChecked,
}).refine((c) => !c.LLM_MODEL || Boolean(c.LLM_BASE_URL), {
  path: ['LLM_BASE_URL'],
  message: 'an API base URL too, since LLM_MODEL is set (or unset LLM_MODEL to stay off)',
  when: llmPairChecked,
});
// Email needs a sender address; named unless SMTP_URL itself is what is wrong.
const MailCheckedSchema = CheckedConfigSchema.refine((c) => !c.SMTP_URL || Boolean(c.MAIL_FROM), {
  path: ['MAIL_FROM'],
  message: 'the address mail is sent from, since SMTP_URL is set (such as feedback@example.com)',
  when: (payload) => !payload.issues.some((i) => String(i.path?.[0]) === 'SMTP_URL'),
});

// Values that may hold a password are never printed, not even when they are wrong.
const UNPRINTABLE = new Set(['SMTP_URL']);

export type Config = Readonly<z.infer<typeof ConfigSchema>>;

/** Flags on the command line override the environment; `--port 4000` sets PORT. */
export type ConfigFlags = Partial<Record<keyof z.infer<typeof ConfigSchema>, string>>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Parley cannot start: ${problems.length} setting(s) need fixing:\n` +
        problems.map((p) => `  - ${p}`).join('\n'),
    );
    this.name = 'ConfigError';
  }
}

/** The names Parley reads; anything else in the environment is ignored. */
export const CONFIG_KEYS = Object.keys(ConfigSchema.shape) as (keyof Config)[];

/**
 * The one place that reads configuration. Collects every bad value into one ConfigError so an
 * operator fixes them all in one go rather than one restart at a time.
 */
export function loadConfig(
  env: Record<string, string | undefined>,
  flags: ConfigFlags = {},
): Config {
  const raw: Record<string, string> = {};
  for (const key of CONFIG_KEYS) {
    const value = flags[key] ?? env[key];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  const parsed = MailCheckedSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const key = String(issue.path[0]);
      const shown =
        raw[key] === undefined
          ? '(missing)'
          : UNPRINTABLE.has(key)
            ? '(value not shown)'
            : JSON.stringify(raw[key]);
      return `${key}=${shown} is not valid: expected ${issue.message}`;
    });
    throw new ConfigError(problems);
  }
  return Object.freeze(parsed.data);
}

import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import pino, { type Logger } from 'pino';
import type { Config } from './config.js';
import { createMessageWriter } from './core/conversations/message-writer.js';
import type { ConversationDeps } from './core/conversations/realtime-deps.js';
import { systemClock } from './core/deps.js';
import { seedDemo, type SeededDemo } from './core/demo/seed-demo.js';
import type { Db } from './db/db.js';
import { createPushNotifier } from './channels/push/push-notifier.js';
import { createAutoAssigner } from './core/assignment/auto-assigner.js';
import { createBotResponder } from './core/assistant/bot-responder.js';
import { createAnswerer, type Answerer } from './core/kb/answerer.js';
import { createWebhookDispatcher } from './channels/webhooks/dispatcher.js';
import { createEmailDispatcher } from './channels/email/email-dispatcher.js';
import { createSmtpMailer } from './channels/email/mailer.js';
import { createSurveyTrigger } from './core/surveys/survey-trigger.js';
import { createSupervisorAlerts } from './channels/push/supervisor-alerts.js';
import { createLadderClock } from './core/escalation/ladder-clock.js';
import { createCallbackSweeper } from './core/callbacks/callback-sweeper.js';
import { createSlaClock } from './core/slas/sla-clock.js';
import { createSlaFollower } from './core/slas/sla-follower.js';
import { createSlaAlerts } from './channels/push/sla-alerts.js';
import { createEmailReplyForwarder } from './core/email-replies/email-reply-forwarder.js';
import { prepareTextAnalysis } from './core/topics/analyze-text.js';
import { createFeedbackIndexer } from './core/topics/feedback-indexer.js';
import { migrate } from './db/migrate.js';
import { openDb } from './db/open-db.js';
import { createApp } from './http/app.js';
import { createLocalBus, type Bus } from './realtime/bus.js';
import { coalesceInboxLines } from './realtime/inbox-lines.js';
import { createHub } from './realtime/hub.js';
import { createPresence } from './realtime/presence.js';
import { createQueueAnnouncer } from './realtime/queue-announcer.js';
import { createRedisBus } from './realtime/redis-bus.js';
import { attachRealtime } from './realtime/socket-server.js';

export interface RunningServer {
  url: string;
  port: number;
  db: Db;
  /** Set on the first start of an empty database. */
  demo?: SeededDemo;
  /** Stop accepting, let in-flight requests finish, close the database. */
  close(): Promise<void>;
}

export interface ServerOptions {
  assetsDir: string;
  log?: Logger;
  /** Use this database instead of opening DATABASE_URL (tests). */
  db?: Db;
  now?: () => Date;
  /** How long an agent whose console closed still counts as online (default 10 s). */
  presenceGraceMs?: number;
  /** How long an offline agent keeps their conversations (default ROUTING_OFFLINE_GRACE_SECONDS). */
  offlineGraceMs?: number;
}

export function createLogger(config: Pick<Config, 'LOG_LEVEL'>): Logger {
  return pino({
    level: config.LOG_LEVEL,
    redact: {
      paths: [
        'password',
        '*.password',
        'token',
        '*.token',
        'authorization',
        'apiKey',
        '*.apiKey',
        'LLM_API_KEY',
        '*.LLM_API_KEY',
      ],
      remove: true,
    },
  });
}

/** The composition root: config -> db -> migrate -> demo -> app -> listen. */
export async function startServer(config: Config, options: ServerOptions): Promise<RunningServer> {
  const log = options.log ?? createLogger(config);
  const db = options.db ?? (await openDb(config.DATABASE_URL));
  const { applied } = await migrate(db);
  if (applied.length) log.info({ applied }, 'database migrated');
  const bus: Bus = config.REDIS_URL ? await createRedisBus(config.REDIS_URL) : createLocalBus();
  const hub = createHub();
  bus.onEvent((event) => hub.deliver(event));
  const presence = createPresence({
    bus,
    graceMs: options.presenceGraceMs ?? 10_000,
    announceEveryMs: 15_000,
  });
  presence.onChange((workspaceId, agentsOnline) =>
    hub.tellCustomers(workspaceId, { t: 'presence', agentsOnline }),
  );
  const writer = createMessageWriter(db);
  // Sockets get one inbox line per conversation and tick; the followers below see every event.
  const toSockets = coalesceInboxLines((event) => bus.publish(event));
  const push = createPushNotifier({
    db,
    log,
    isOnline: presence.isOnline,
    subject: config.VAPID_SUBJECT ?? pushSubject(config.PUBLIC_URL),
  });
  const core: ConversationDeps = {
    db,
    now: options.now ?? systemClock,
    sessionTtlMs: config.SESSION_DAYS * 24 * 60 * 60 * 1000,
    writer,
    answer: answererFor(config, (problem) =>
      log.warn({ problem }, 'the model server failed; the question was declined'),
    ),
    emailEnabled: Boolean(config.SMTP_URL),
    // Push only what committed on this node: every node sees every event, one node pushes it.
    publish: (event) => {
      toSockets(event);
      push.consider(event);
      bot.consider(event);
      if (autoAssign) routing.consider(event);
      surveys.consider(event);
      emailReplies.consider(event);
      slas.consider(event);
    },
  };
  const bot = createBotResponder(core, log);
  const routing = createAutoAssigner({
    core,
    log,
    isConnected: presence.isOnline,
    offlineGraceMs: options.offlineGraceMs ?? config.ROUTING_OFFLINE_GRACE_SECONDS * 1000,
    pushGraceMs: config.ROUTING_PUSH_GRACE_SECONDS * 1000,
  });
  const autoAssign = config.ROUTING_AUTO_ASSIGN === 'on';
  if (autoAssign) presence.onAgentsChange((workspaceId) => routing.presenceChanged(workspaceId));
  const surveys = createSurveyTrigger(core, log);
  const emailReplies = createEmailReplyForwarder(core, log);
  const slas = createSlaFollower(core, log);
  const demo = config.DEMO === 'auto' ? await seedDemo(core, { onlyIfEmpty: true }) : undefined;

  let ready = true;
  const app = createApp({
    core,
    log,
    assetsDir: options.assetsDir,
    ...(config.PUBLIC_URL ? { publicUrl: config.PUBLIC_URL } : {}),
    secureCookies: config.PUBLIC_URL?.startsWith('https:') ?? false,
    isReady: () => ready,
    pushSubscriptionsChanged: push.forget,
    ...(autoAssign ? { routingChanged: routing.reload } : {}),
    onlineAgents: presence.onlineAgents,
  });
  const server = await listen(app.fetch, config);
  const queue = createQueueAnnouncer({ core, bus, hub, presence, log });
  const realtime = attachRealtime(server, {
    core,
    hub,
    bus,
    presence,
    queue,
    log,
    frameLimit: { burst: config.SOCKET_FRAME_BURST, perSecond: config.SOCKET_FRAMES_PER_SECOND },
  });
  const webhooks = createWebhookDispatcher({ db, log });
  webhooks.start();
  // Time budgets of the escalation ladder: bot -> team queue -> supervisor.
  const supervisors = createSupervisorAlerts({ db, log, push, isOnline: presence.isOnline });
  const ladderClock = createLadderClock(core, { log, onMove: supervisors.consider });
  ladderClock.start();
  // Booked calls become tasks at their time; reminders go out before them.
  const callbacks = createCallbackSweeper(core, { log });
  callbacks.start();
  // SLA due times: warnings and breaches, told to the inbox and pushed to whoever owes the reply.
  const slaAlerts = createSlaAlerts({ db, log, push, isOnline: presence.isOnline });
  const slaClock = createSlaClock(core, { log, onAlert: slaAlerts.consider });
  slaClock.start();
  // Sentiment, topics and feedback routing for new customer texts, off the chat's hot path.
  prepareTextAnalysis();
  const feedbackIndex = createFeedbackIndexer(core, { log });
  feedbackIndex.start();
  const port = (server.address() as AddressInfo).port;
  const url = config.PUBLIC_URL?.replace(/\/$/, '') ?? `http://localhost:${port}`;
  // Survey invitations and thank-yous wait in the outbox until their change has committed.
  const mailer = config.SMTP_URL ? createSmtpMailer(config.SMTP_URL) : undefined;
  const email =
    mailer && createEmailDispatcher({ db, log, mailer, baseUrl: url, mailFrom: config.MAIL_FROM! });
  email?.start();
  log.info({ url, database: db.kind }, 'parley listening');

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      ready = false;
      realtime.close();
      presence.close();
      queue.close();
      await stopAccepting(server, config.SHUTDOWN_TIMEOUT_MS);
      await ladderClock.stop();
      await callbacks.stop();
      await slaClock.stop();
      await feedbackIndex.stop();
      await writer.drain();
      await bot.drain();
      routing.close();
      await routing.drain();
      await surveys.drain();
      await emailReplies.drain();
      await slas.drain();
      await push.drain();
      await webhooks.stop();
      await email?.stop();
      await bus.close();
      await db.close();
      log.info('parley stopped');
    })();
    return closing;
  };
  return { url, port, db, ...(demo ? { demo } : {}), close };
}

/** Generative answers when LLM_BASE_URL and LLM_MODEL are set (config ensures both or neither). */
export function answererFor(config: Config, onModelFailure?: (problem: string) => void): Answerer {
  if (!config.LLM_BASE_URL || !config.LLM_MODEL) return createAnswerer();
  const settings = {
    baseUrl: config.LLM_BASE_URL,
    model: config.LLM_MODEL,
    apiKey: config.LLM_API_KEY,
    timeoutMs: config.LLM_TIMEOUT_MS,
  };
  return createAnswerer({ settings, onModelFailure });
}

function listen(fetch: Parameters<typeof serve>[0]['fetch'], config: Config): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, port: config.PORT, hostname: config.HOST }) as Server;
    server.once('listening', () => resolve(server));
    server.once('error', reject);
  });
}

/** Closes the listener, lets in-flight requests finish, and cuts what remains at the deadline. */
function stopAccepting(server: Server, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const deadline = setTimeout(() => server.closeAllConnections(), timeoutMs);
    deadline.unref();
    server.close(() => {
      clearTimeout(deadline);
      resolve();
    });
    server.closeIdleConnections();
  });
}

/** Push services want a way to reach the sender: the public https URL, or a mailto. */
function pushSubject(publicUrl: string | undefined): string {
  return publicUrl?.startsWith('https:') ? publicUrl : 'mailto:parley@localhost';
}

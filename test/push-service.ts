import { createRequire } from 'node:module';
import { createServer } from 'node:net';

const require = createRequire(import.meta.url);

interface TestingServer {
  startServer(): void;
  _server?: { close(cb: () => void): void };
}

/**
 * A real Web Push service on this machine (web-push-testing): it checks the VAPID signature,
 * decrypts each payload like a browser would, and keeps what it received per subscription.
 */
export async function startPushService() {
  const port = await freePort();
  const Server = require('web-push-testing/src/server.js') as new (
    model: unknown,
    port: number,
  ) => TestingServer;
  const { PushApiModel } = require('web-push-testing/src/PushApiModel.js') as {
    PushApiModel: new () => unknown;
  };
  const server = new Server(new PushApiModel(), port);
  const log = console.log;
  console.log = () => {}; // it announces its port on stdout
  server.startServer();
  console.log = log;
  const base = `http://localhost:${port}`;
  const post = async (path: string, body: unknown) => {
    const res = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return res.headers.get('content-type')?.includes('json') ? res.json() : undefined;
  };
  for (let i = 0; i < 50; i++) {
    const up = await fetch(`${base}/status`, { method: 'POST' }).catch(() => undefined);
    if (up?.ok) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  return {
    /** What a browser's pushManager.subscribe() would return, plus the handle to read it. */
    async subscribe(applicationServerKey: string) {
      const { data } = (await post('/subscribe', {
        userVisibleOnly: 'true',
        applicationServerKey,
      })) as {
        data: { endpoint: string; keys: { p256dh: string; auth: string }; clientHash: string };
      };
      return data;
    },
    async received(clientHash: string): Promise<string[]> {
      const { data } = (await post('/get-notifications', { clientHash })) as {
        data: { messages: string[] };
      };
      return data.messages;
    },
    /** The browser unsubscribed: the service answers 410 Gone from now on. */
    expire: (clientHash: string) => post(`/expire-subscription/${clientHash}`, {}),
    close: () => new Promise<void>((resolve) => server._server?.close(() => resolve())),
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

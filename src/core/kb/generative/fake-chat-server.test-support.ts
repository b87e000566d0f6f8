import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

// Test support only (not a test itself, not imported by the app): the outside world at its
// edge, as the conventions allow mocking. A real HTTP server, so fetch, headers, timeouts and
// bodies are exercised exactly as with a real model server.

/** What the next request gets: a reply, an HTTP error, a raw body, or no answer at all. */
export type Scripted =
  { content: string } | { status: number; body?: string } | { raw: string } | { hang: true };

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: {
    model: string;
    temperature: number;
    max_tokens: number;
    messages: { role: string; content: string }[];
  };
}

/** A local OpenAI-compatible chat-completions server that records requests. */
export async function startFakeChatServer() {
  const requests: RecordedRequest[] = [];
  const script: Scripted[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      requests.push({
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body: JSON.parse(text) as RecordedRequest['body'],
      });
      // Unscripted requests fail loudly, so a test never passes on a reply it did not expect.
      const next = script.shift() ?? { status: 599, body: 'unscripted request' };
      if ('hang' in next) return;
      if ('status' in next) return void res.writeHead(next.status).end(next.body ?? '');
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('raw' in next ? next.raw : JSON.stringify(completion(next.content)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    /** Queues the replies of the next requests, in order. */
    reply: (...next: Scripted[]) => void script.push(...next),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type FakeChatServer = Awaited<ReturnType<typeof startFakeChatServer>>;

const completion = (content: string) => ({
  id: 'chatcmpl-test',
  object: 'chat.completion',
  created: 0,
  model: 'fake',
  choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
});

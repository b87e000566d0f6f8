import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** One message as a mail server received it: the envelope, the headers and the decoded parts. */
export interface ReceivedMail {
  from: string;
  to: string[];
  headers: Map<string, string>;
  text: string;
  html: string;
}

/**
 * A real SMTP server on a free local port (the `smtp-server` package), standing in for a mail
 * provider: it accepts what is sent to it and keeps it for the test to read. `refuse(n)` makes it
 * turn down the next n messages with a temporary error, as a busy provider would.
 */
export async function startSmtpServer() {
  const received: ReceivedMail[] = [];
  let refusals = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (refusals > 0) {
          refusals--;
          return done(Object.assign(new Error('Try again later'), { responseCode: 451 }));
        }
        const envelope = session.envelope;
        received.push({
          ...parseMail(Buffer.concat(chunks).toString('utf8')),
          from: envelope.mailFrom ? envelope.mailFrom.address : '',
          to: envelope.rcptTo.map((r) => r.address),
        });
        done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuse: (n: number) => void (refusals = n),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Enough MIME for our own messages: headers, and text/html parts in any transfer encoding. */
function parseMail(raw: string): Omit<ReceivedMail, 'from' | 'to'> {
  const [head, body] = splitHead(raw);
  const headers = parseHeaders(head);
  const parts = { text: '', html: '' };
  const boundary = /boundary="?([^";]+)"?/i.exec(headers.get('content-type') ?? '')?.[1];
  const sections = boundary ? body.split(`--${boundary}`).slice(1, -1) : [raw];
  for (const section of sections) {
    const [partHead, partBody] = splitHead(section.replace(/^\r?\n/, ''));
    const h = parseHeaders(partHead);
    const type = h.get('content-type') ?? 'text/plain';
    const decoded = decode(partBody, h.get('content-transfer-encoding') ?? '7bit');
    if (type.startsWith('text/html')) parts.html = decoded;
    else if (type.startsWith('text/plain')) parts.text = decoded;
  }
  return { headers, ...parts };
}

function splitHead(s: string): [string, string] {
  const at = s.search(/\r?\n\r?\n/);
  return at < 0 ? [s, ''] : [s.slice(0, at), s.slice(at).replace(/^\r?\n\r?\n/, '')];
}

function parseHeaders(head: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

function decode(body: string, encoding: string): string {
  const e = encoding.toLowerCase();
  if (e === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (e !== 'quoted-printable') return body.replace(/\r\n/g, '\n').trimEnd();
  const bytes = body
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8').replace(/\r\n/g, '\n').trimEnd();
}

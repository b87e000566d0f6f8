import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { gzipSync } from 'node:zlib';
import type { WebSocket } from 'ws';
import { openSocket, sleep } from './chat-load.js';

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as { port: number }).port;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function rssKb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)![1]);
}

async function waitForPort(port: number, path: string) {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}${path}`)).status < 500) return;
    } catch {
      /* not up yet */
    }
    await sleep(50);
  }
  throw new Error('server did not come up');
}

/** Opens `count` sockets against a child process and returns its RSS growth per socket in KB. */
async function perSocket(child: ChildProcess, count: number, url: () => string): Promise<number> {
  await sleep(500);
  const before = await rssKb(child.pid!);
  const sockets: WebSocket[] = [];
  for (let i = 0; i < count; i += 200) {
    sockets.push(
      ...(await Promise.all(
        Array.from({ length: Math.min(200, count - i) }, () => openSocket(url())),
      )),
    );
  }
  await sleep(1500);
  const after = await rssKb(child.pid!);
  for (const s of sockets) s.terminate();
  return (after - before) / count;
}

// Both servers collect garbage every 200 ms, so RSS reflects live sockets, not GC timing.
const GC_EVERY = [
  '--expose-gc',
  '--import',
  'data:text/javascript,setInterval(()=>globalThis.gc(),200).unref()',
];

const BARE = `const {WebSocketServer}=require('ws');new WebSocketServer({port:+process.env.PORT,host:'127.0.0.1'});require('http');`;

/** Server memory per idle widget socket, Parley against a bare ws server, each in its own process. */
export async function idleSocketMemory(count: number) {
  const port = await freePort();
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: 'memory://',
    LOG_LEVEL: 'warn',
  };
  const parley = spawn(process.execPath, [...GC_EVERY, 'bin/parley.js', 'start'], {
    env,
    stdio: 'ignore',
  });
  try {
    await waitForPort(port, '/healthz');
    const [workspace] =
      (await (await fetch(`http://127.0.0.1:${port}/`)).text())
        .match(/data-workspace="([^"]+)"/)
        ?.slice(1) ?? [];
    const session = (await (
      await fetch(`http://127.0.0.1:${port}/api/widget/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ workspace }),
      })
    ).json()) as { visitorToken: string };
    const url = () =>
      `ws://127.0.0.1:${port}/realtime/widget?key=${workspace}&token=${session.visitorToken}`;
    const parleyKb = await perSocket(parley, count, url);
    parley.kill('SIGKILL');
    const barePort = await freePort();
    const bare = spawn(process.execPath, [...GC_EVERY, '-e', BARE], {
      env: { ...process.env, PORT: String(barePort) },
      stdio: 'ignore',
    });
    try {
      await sleep(500);
      const bareKb = await perSocket(bare, count, () => `ws://127.0.0.1:${barePort}/`);
      return { parley: parleyKb, bare: bareKb };
    } finally {
      bare.kill('SIGKILL');
    }
  } finally {
    parley.kill('SIGKILL');
  }
}

/** Gzipped bytes of the widget loader, and of everything the widget loads. */
export async function widgetSizes() {
  const loader = gzipSync(await readFile('dist/widget.js')).length;
  const panelFile = (await readdir('dist/widget')).find((f) => /^panel-.*\.js$/.test(f))!;
  const panel = gzipSync(await readFile(`dist/widget/${panelFile}`)).length;
  return { loader, total: loader + panel };
}

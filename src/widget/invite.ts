// Proactive invitations in the page. The loader fetches the workspace's needs and imports this
// (with the panel's module, already cached) only when the workspace has rules, so a site without
// rules pays nothing. This counts the visit — pages, time on the page, what the site tracks — and
// asks the server whether to invite only when a rule could start to match, never during a
// conversation or with the panel open. The server decides; a shown bubble stays only while the
// team can still answer in time. Never throws into the page.
import type { InvitationNeeds, InvitationView } from '../shared/schemas/invitations.js';
import { showBubble } from './invite-bubble.js';

/** An accepted invitation, as the panel needs it. */
export type Accepted = InvitationView & { visitor: string };

export interface InviteHost {
  key: string;
  base: string;
  root: ShadowRoot;
  button: HTMLElement;
  needs: InvitationNeeds;
  /** Opens the panel on the invitation. */
  accept(invitation: Accepted): void;
}

/** `Parley('track' | 'identify', …)` calls, forwarded by the loader. */
export interface Invites {
  call(cmd: string, args: unknown[]): void;
}

interface Visit {
  /** Sessions so far (this one included), last activity, pages, entry referrer. */
  n: number;
  t: number;
  p: number;
  r: string;
  /** Events and attributes the rules look at, tracked in this session. */
  e: string[];
  a: Record<string, string | number | boolean>;
}

/** A session ends after 30 quiet minutes, as analytics tools count them. */
const SESSION_MS = 30 * 60_000;
/** How often a shown invitation checks that someone can still answer. */
const RECHECK_MS = 10_000;

export function createInvites(host: InviteHost): Invites {
  const { key, base, root, button, needs } = host;
  const name = (k: string) => `parley:${key}:${k}`;
  const read = (k: string) => {
    try {
      return localStorage.getItem(name(k));
    } catch {
      return null;
    }
  };
  const load = <T>(k: string): T | null => {
    try {
      return JSON.parse(read(k) ?? 'null') as T;
    } catch {
      return null;
    }
  };
  const write = (k: string, v: unknown) => {
    try {
      localStorage.setItem(name(k), JSON.stringify(v));
    } catch {
      // blocked storage: this page still counts, the next one starts afresh
    }
  };

  const visitor =
    load<string>('vid') ??
    Array.from(crypto.getRandomValues(new Uint32Array(4)), (n) => n.toString(36)).join('-');
  write('vid', visitor);
  let visit = load<Visit>('visit');
  if (!visit || Date.now() - visit.t > SESSION_MS) {
    const from = document.referrer;
    const r = from.startsWith(location.origin) ? '' : from.slice(0, 2048);
    visit = { n: (visit?.n ?? 0) + 1, t: 0, p: 0, r, e: [], a: {} };
  }
  const v = visit;
  const save = () => {
    v.t = Date.now();
    write('visit', v);
  };

  let identity: { id: string; hash: string } | undefined;
  let url = '';
  // The first page's clock started when it loaded, before this module arrived.
  let since = Date.now() - performance.now();
  let asked: number[] = [];
  let bubble: (() => void) | undefined;
  let soon: ReturnType<typeof setTimeout> | undefined;

  const api = (path: string, body?: object) =>
    fetch(
      `${base}/api/widget/invitations${path}`,
      // A plain-text body and no custom header: a "simple" request, without a CORS preflight.
      body && { method: 'POST', body: JSON.stringify({ key, visitor, ...body }) },
    ).then((r) => (r.status === 200 ? r.json() : null));

  /** Asks soon (events come in bursts), unless a bubble, the panel or a chat is open. */
  function ask() {
    clearTimeout(soon);
    soon = setTimeout(() => {
      if (bubble || read('conv') || button.getAttribute('aria-expanded') === 'true') return;
      const token = read('visitor') ?? undefined;
      const seconds = Math.floor((Date.now() - since) / 1000);
      const signals = { token, url, referrer: v.r, seconds, pages: v.p, visits: v.n };
      api('/evaluate', { ...signals, events: v.e, attrs: v.a, identity })
        .then(
          (r: { invitation: InvitationView | null } | null) => r?.invitation && show(r.invitation),
        )
        .catch(() => undefined);
    }, 300);
  }

  function show(invitation: InvitationView) {
    const { id } = invitation;
    const query = `?key=${encodeURIComponent(key)}&visitor=${visitor}`;
    const check = setInterval(() => {
      api(`/${id}/status${query}`)
        .then((r: { open: boolean } | null) => r?.open === false && close())
        .catch(() => undefined);
    }, RECHECK_MS);
    const close = () => {
      clearInterval(check);
      remove();
      bubble = undefined;
    };
    const remove = showBubble(root, button, invitation, (accepted) => {
      close();
      api(`/${id}/response`, { response: accepted ? 'accepted' : 'dismissed' }).catch(() => {});
      if (accepted) host.accept({ ...invitation, visitor });
    });
    bubble = close;
  }

  /** Each second: a new address (a single-page app moved on) is a new page; thresholds pass. */
  function tick() {
    const here = location.href.split('#')[0]!;
    if (here !== url) {
      if (url) since = Date.now();
      url = here;
      asked = [];
      v.p++;
      save();
    }
    const seconds = (Date.now() - since) / 1000;
    for (const at of needs.at)
      if (seconds >= at && !asked.includes(at)) {
        asked.push(at);
        ask();
      }
  }

  function track(event: unknown, props: unknown) {
    if (typeof event !== 'string') return;
    if (needs.goals.includes(event)) api('/goals', { name: event }).catch(() => undefined);
    let changed = false;
    if (needs.events.includes(event) && !v.e.includes(event)) changed = v.e.push(event) > 0;
    for (const k of needs.attrs) {
      const value = (props as Record<string, unknown> | undefined)?.[k];
      if (typeof value === 'number' || typeof value === 'boolean') v.a[k] = value;
      else if (typeof value === 'string') v.a[k] = value.slice(0, 200);
      else continue;
      changed = true;
    }
    if (changed) {
      save();
      ask();
    }
  }

  // The visitor opened help themselves: the invitation has done its job.
  button.addEventListener('click', () => bubble?.());
  tick();
  setInterval(tick, 1000);

  return {
    call(cmd, args) {
      try {
        if (cmd === 'track') track(args[0], args[1]);
        // A signed identity makes the visitor "identified" for the rules.
        const { id, hash } = (args[0] ?? {}) as { id?: unknown; hash?: unknown };
        if (cmd === 'identify' && typeof id === 'string' && typeof hash === 'string')
          identity = { id, hash };
      } catch {
        // never throw into the host page
      }
    },
  };
}

// The two-stage widget's first stage, served as /widget.js: dependency-free and tiny. It shows
// the help button, queues API calls, and loads the panel on first open (or when a conversation
// is already under way). Nothing here may ever throw into the host page.
import type { InvitationNeeds } from '../shared/schemas/invitations.js';
import type { Invites } from './invite.js';
import type { PanelApi, PanelModule } from './types.js';

/** The panel's hashed path, injected by scripts/build.mjs. */
declare const __PANEL_URL__: string;

type Call = unknown[];
type Api = ((...args: Call) => void) & { q?: ArrayLike<unknown>[]; v?: number };
type Listener = (data?: unknown) => void;

const CSS =
  ':host{all:initial}' +
  '.b{position:fixed;right:20px;bottom:20px;z-index:2147483646;width:56px;height:56px;padding:0;border:0;border-radius:50%;background:#2457c5;color:#fff;box-shadow:0 4px 14px #0004;cursor:pointer;display:grid;place-items:center;transition:transform .15s}' +
  '.b:hover{transform:scale(1.06)}.b:focus-visible{outline:3px solid #8fb3ff;outline-offset:3px}' +
  '.b svg{width:28px;height:28px;fill:currentColor}' +
  '.b[data-unread]::after{content:"";position:absolute;top:2px;right:2px;width:14px;height:14px;border-radius:50%;background:#e5484d;border:2px solid #fff}';
const ICON =
  '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M12 3C6.5 3 2 6.6 2 11c0 2.4 1.3 4.5 3.4 6L4.5 21l4.3-2.4c1 .3 2.1.4 3.2.4 5.5 0 10-3.6 10-8s-4.5-8-10-8zm-1 12.5h2v2h-2v-2zm1-9.5c2 0 3.5 1.3 3.5 3 0 1.4-.9 2.1-1.7 2.7-.6.4-.8.7-.8 1.3v.5h-2V13c0-1.3.7-2 1.5-2.5.6-.4 1-.7 1-1.5 0-.6-.6-1.1-1.5-1.1S10.5 8.4 10.5 9h-2c0-1.7 1.5-3 3.5-3z"/></svg>';

const w = window as unknown as { Parley?: Api };

try {
  boot();
} catch {
  // A broken widget must never break the business's page.
}

function boot() {
  const script = (document.currentScript ??
    document.querySelector('script[data-workspace]')) as HTMLScriptElement | null;
  const key = script?.dataset.workspace;
  if (!script || !key || w.Parley?.v) return;
  const base = new URL(script.src || location.href).origin;
  const pending: Call[] = Array.from(w.Parley?.q ?? [], (a) => Array.from(a));
  const queue: Call[] = [];
  const listeners: Record<string, Listener[]> = {};
  let panel: PanelApi | undefined;
  let loading: Promise<void> | undefined;
  let ready = false;

  const emit = (event: string, data?: unknown) => {
    for (const fn of listeners[event] ?? [])
      try {
        fn(data);
      } catch {
        // a host page's listener failing is its own business
      }
  };

  const host = document.createElement('div');
  host.setAttribute('data-parley', '');
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = `<style>${CSS}</style><button class="b" type="button" aria-label="Help" aria-expanded="false">${ICON}</button>`;
  const button = root.querySelector('button')!;

  const load = () =>
    (loading ??= import(/* @vite-ignore */ base + __PANEL_URL__)
      .then((m: PanelModule) => {
        panel = m.mount({ key, base, root, button, emit });
        for (const call of queue.splice(0)) panel.call(String(call[0]), call.slice(1));
      })
      .catch(() => {
        loading = undefined;
      }));

  let invites: Invites | undefined;
  const early: Call[] = [];
  const api: Api = (cmd, ...args) => {
    try {
      if (cmd === 'track' || cmd === 'identify') {
        if (invites) invites.call(cmd, args);
        else if (early.length < 50) early.push([cmd, ...args]);
        if (cmd === 'track') return;
      }
      if (cmd === 'on') {
        const fn = args[1] as Listener;
        if (typeof fn !== 'function') return;
        (listeners[String(args[0])] ??= []).push(fn);
        if (args[0] === 'ready' && ready) fn();
      } else if (panel) panel.call(String(cmd), args);
      else {
        queue.push([cmd, ...args]);
        if (cmd === 'open') void load();
      }
    } catch {
      // never throw into the host page
    }
  };
  api.v = 1;
  w.Parley = api;
  button.onclick = () => (panel ? panel.call('toggle', []) : api('open'));
  for (const call of pending) api(...call);

  // Proactive invitations: only a workspace with rules makes the page fetch and run more.
  fetch(`${base}/api/widget/invitations/settings?key=${encodeURIComponent(key)}`)
    .then((r) => r.json())
    .then(async (needs: InvitationNeeds) => {
      if (!needs.on) return;
      const m = (await import(/* @vite-ignore */ base + __PANEL_URL__)) as PanelModule;
      const accept = (invitation: unknown) => {
        api('invite', invitation);
        api('open');
      };
      invites = m.createInvites({ key, base, root, button, needs, accept });
      for (const call of early.splice(0)) invites.call(String(call[0]), call.slice(1));
    })
    .catch(() => undefined);

  const attach = () => {
    try {
      document.body.append(host);
      ready = true;
      emit('ready');
      // A conversation under way: load the panel now so new replies arrive while it is closed.
      if (localStorage.getItem(`parley:${key}:conv`)) void load();
    } catch {
      // storage may be blocked; the button still works
    }
  };
  if (document.body) attach();
  else document.addEventListener('DOMContentLoaded', attach);
}

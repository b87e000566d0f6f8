import { currentPage } from './page.js';

/** The widget's corner of localStorage (`parley:<KEY>:<name>`); memory-only when it is blocked. */
export function createStore(key: string) {
  const name = (k: string) => `parley:${key}:${k}`;
  return {
    get(k: string): string | null {
      try {
        return localStorage.getItem(name(k));
      } catch {
        return null;
      }
    },
    load<T>(k: string, fallback: T): T {
      try {
        return (JSON.parse(localStorage.getItem(name(k)) ?? 'null') as T) ?? fallback;
      } catch {
        return fallback;
      }
    },
    save(k: string, value: unknown) {
      try {
        if (value == null) localStorage.removeItem(name(k));
        else
          localStorage.setItem(name(k), typeof value === 'string' ? value : JSON.stringify(value));
      } catch {
        // private mode or a full quota: memory only
      }
    },
  };
}
export type Store = ReturnType<typeof createStore>;

/** The visitor's side of /api/widget: a session token kept across reloads and tabs. */
export function createVisitorApi(key: string, base: string, store: Store) {
  let token = store.get('visitor');
  let identity: unknown;

  async function call<T>(path: string, body?: unknown): Promise<T> {
    const res = await fetch(base + path, {
      method: body ? 'POST' : 'GET',
      headers: {
        'content-type': 'application/json',
        'x-parley-key': key,
        ...(token ? { authorization: `Visitor ${token}` } : {}),
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const json = (await res.json().catch(() => ({}))) as T & { error?: { message?: string } };
    if (res.status === 401) token = null;
    if (!res.ok)
      throw Object.assign(new Error(json.error?.message ?? res.statusText), {
        status: res.status,
      });
    return json;
  }

  return {
    call,
    get token() {
      return token;
    },
    /** Opens (or re-opens, with a new identity) the visitor session when needed. */
    async session() {
      if (token && !identity) return;
      const page = currentPage();
      const s = await call<{ visitorToken: string }>('/api/widget/session', {
        workspace: key,
        ...(token ? { visitorToken: token } : {}),
        ...(identity ? { identity } : {}),
        ...(page ? { page } : {}),
      });
      token = s.visitorToken;
      identity = undefined;
      store.save('visitor', token);
    },
    /** Drops a token the server refused; the next `session()` starts a new visitor. */
    forget() {
      token = null;
      store.save('visitor', null);
    },
    identify(who: unknown) {
      identity = who;
    },
  };
}

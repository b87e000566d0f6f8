// The console's service worker (scope /console/). It keeps the app shell so the console opens on
// a flaky phone connection. Network first, always: people must see the current app and data.
// It never touches /api/: conversations and sessions are never served from a cache.
const CACHE = 'parley-console-v3';
const SHELL = ['/console/', '/console/manifest.webmanifest', '/console/icon.svg'];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => Promise.all(SHELL.map((url) => precache(cache, url))))
      .then(() => self.skipWaiting()),
  );
});

async function precache(cache, url) {
  const response = await fetch(url, { cache: 'reload' });
  if (response.ok) await cache.put(url, response);
}

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/api/') || !url.pathname.startsWith('/console/')) return;
  // Every console path is the same index.html, so navigations share one cache entry.
  const key = request.mode === 'navigate' ? '/console/' : request;
  // Built assets carry a content hash in their name, so a cached copy is never stale.
  const immutable = url.pathname.startsWith('/console/assets/');
  event.respondWith(immutable ? cacheFirst(request) : networkFirst(request, key));
});

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

async function networkFirst(request, key) {
  const cache = await caches.open(CACHE);
  try {
    // 'no-cache' revalidates, so the shell (index.html, manifest) is always the current one.
    const response = await fetch(request, { cache: 'no-cache' });
    if (response.ok) await cache.put(key, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(key);
    if (cached) return cached;
    throw error;
  }
}

// Web Push: a customer wrote while the console was closed. The payload is what the server's
// push notifier sends ({title, body, url, tag}); one notification per conversation (tag).
self.addEventListener('push', (event) => {
  const data = readPush(event);
  const title = typeof data.title === 'string' ? data.title : 'New message';
  event.waitUntil(
    self.registration.showNotification(title, {
      body: typeof data.body === 'string' ? data.body : '',
      tag: typeof data.tag === 'string' ? data.tag : 'parley',
      renotify: true,
      icon: '/console/icon.svg',
      badge: '/console/icon.svg',
      data: { url: safeConsoleUrl(data.url) },
    }),
  );
});

function readPush(event) {
  try {
    const data = event.data ? event.data.json() : {};
    return data && typeof data === 'object' ? data : {};
  } catch {
    return {};
  }
}

// Only console paths on this origin may be opened from a notification.
function safeConsoleUrl(url) {
  return typeof url === 'string' && url.startsWith('/console/') ? url : '/console/';
}

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = new URL(safeConsoleUrl(event.notification.data?.url), self.location.origin).href;
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
      const open = windows.find((w) => new URL(w.url).pathname.startsWith('/console/'));
      if (open) return open.navigate(url).then((w) => (w ?? open).focus());
      return self.clients.openWindow(url);
    }),
  );
});

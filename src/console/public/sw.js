// The console's service worker (scope /console/). It keeps the app shell so the console opens on
// a flaky phone connection. Network first, always: people must see the current app and data.
// It never touches /api/: conversations and sessions are never served from a cache.
const CACHE = 'parley-console-v2';
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

// Keeps the check-in desk (/check-in/{id}) available when the connection drops: every page and file the desk loads is
// kept on this device when it comes from the server, and served from here when the server cannot be reached. The
// door's live data (/door/…) never comes from this cache: the desk keeps its guest list itself (js/door/door-store.js).
const CACHE = 'eventhub-door-v1';
const NETWORK_TIMEOUT_MS = 4000;

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', event => event.waitUntil((async () => {
    for (const name of await caches.keys()) {
        if (name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
})()));

self.addEventListener('fetch', event => {
    const request = event.request;
    const url = new URL(request.url);
    if (request.method !== 'GET' || url.origin !== self.location.origin) return;
    if (url.pathname.startsWith('/door/') || url.pathname.startsWith('/_blazor')) return;
    event.respondWith(networkFirst(request));
});

// The server's answer, kept for later; after NETWORK_TIMEOUT_MS the copy kept here instead (a connection that hangs is
// as good as none at the door). With no copy kept yet — the first load through this worker — a slow answer is still
// the answer: giving up then showed the browser's error page instead of the desk (a busy server, a slow reload).
async function networkFirst(request) {
    const cache = await caches.open(CACHE);
    const fromNetwork = fetch(request).then(async response => {
        if (response.ok && response.type === 'basic' && !response.redirected) {
            await cache.put(request, response.clone());
        }
        return response;
    });
    try {
        return await withTimeout(fromNetwork, NETWORK_TIMEOUT_MS);
    } catch (error) {
        const kept = await cache.match(request, { ignoreVary: true });
        if (kept) {
            fromNetwork.catch(() => { /* the copy answered; a late failure has no one to tell */ });
            return kept;
        }
        return fromNetwork; // still on its way (or failed, as when offline: then that failure is the answer)
    }
}

function withTimeout(promise, ms) {
    return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('timeout')), ms);
        promise.then(value => { clearTimeout(timer); resolve(value); }, error => { clearTimeout(timer); reject(error); });
    });
}

// How the desk talks to EventHub: JSON to /door/{eventId}/…, with the page's antiforgery token. A request that cannot
// reach the server (no network, server down) throws Offline; a refusal (4xx) throws Refused with the sentence to show.
export class Offline extends Error { }

/** The server answered but could not save now (its database stayed busy: 503 with Retry-After): kept and sent again, as offline. */
export class Busy extends Offline { }

export class Refused extends Error {
    constructor(message, status, code) {
        super(message);
        this.status = status;
        this.code = code;
    }

    /** Signed out, or a page from before: nothing is wrong with the check-in itself, so a queued one stays queued. */
    get needsReload() {
        return this.status === 401 || this.code === 'Door.PageExpired';
    }
}

const TIMEOUT_MS = 8000;

// At a session's door (/check-in/{eventId}?session={id}) scans, check-ins, admissions and walk-ins carry the session.
const SESSION_PATHS = ['scan', 'check-in', 'admit', 'walk-ins'];

export class DoorClient {
    constructor(eventId, antiforgeryToken, sessionId = null) {
        this.base = `door/${eventId}`;
        this.token = antiforgeryToken;
        this.sessionId = sessionId;
    }

    get(path) {
        return this.#send(`${this.base}/${path}`, { method: 'GET' });
    }

    /**
     * A write; at a session's door for <paramref name="sessionId"/> (a queued check-in keeps the door it was made at). A
     * check-in recorded earlier (body.operation, with when it happened) also says when it is sent, by the same clock:
     * the server dates it by the time between the two, so a device whose clock is wrong still records when guests came.
     */
    post(path, body, sessionId = this.sessionId) {
        const sent = body.operation ? { ...body, operation: { ...body.operation, sentAtUtc: new Date().toISOString() } } : body;
        return this.#send(`${this.base}/${path}`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'RequestVerificationToken': this.token },
            body: JSON.stringify(sessionId && SESSION_PATHS.includes(path) ? { ...sent, sessionId } : sent),
        });
    }

    /** The guest list for this desk: the event's, or at a session's door with arrivals in that session. */
    list() {
        return this.get(this.sessionId ? `list?session=${this.sessionId}` : 'list');
    }

    async #send(url, init) {
        let response;
        try {
            response = await fetch(url, { ...init, credentials: 'same-origin', cache: 'no-store', signal: AbortSignal.timeout(TIMEOUT_MS) });
        } catch {
            throw new Offline();
        }
        // Sent to the sign-in page: the session ended. Kept queued until the person signs in again.
        if (response.redirected && new URL(response.url).pathname.startsWith('/Account/')) {
            throw new Refused('', 401);
        }
        if (response.status === 503 && response.headers.has('Retry-After')) {
            throw new Busy();
        }
        // A proxy's or a stopped server's answer: not the door's JSON.
        const json = (response.headers.get('Content-Type') ?? '').includes('application/json');
        if (response.status >= 500 || response.redirected || !json) {
            throw new Offline();
        }
        const body = await response.json();
        if (!response.ok) {
            throw new Refused(body.error ?? '', response.status, body.code);
        }
        return body;
    }
}

// How the desk talks to EventHub: JSON to /door/{eventId}/…, with the page's antiforgery token. A request that cannot
// reach the server (no network, server down) throws Offline; a refusal (4xx) throws Refused with the sentence to show.
export class Offline extends Error { }

export class Refused extends Error {
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}

const TIMEOUT_MS = 8000;

// At a session's door (/check-in/{eventId}?session={id}) scans, check-ins and admissions carry the session.
const SESSION_PATHS = ['scan', 'check-in', 'admit'];

export class DoorClient {
    constructor(eventId, antiforgeryToken, sessionId = null) {
        this.base = `door/${eventId}`;
        this.token = antiforgeryToken;
        this.sessionId = sessionId;
    }

    get(path) {
        return this.#send(`${this.base}/${path}`, { method: 'GET' });
    }

    post(path, body) {
        return this.#send(`${this.base}/${path}`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'RequestVerificationToken': this.token },
            body: JSON.stringify(this.sessionId && SESSION_PATHS.includes(path) ? { ...body, sessionId: this.sessionId } : body),
        });
    }

    async #send(url, init) {
        let response;
        try {
            response = await fetch(url, { ...init, credentials: 'same-origin', cache: 'no-store', signal: AbortSignal.timeout(TIMEOUT_MS) });
        } catch {
            throw new Offline();
        }
        // A proxy's or a stopped server's answer, or a sign-in page after the session ended: not the door's JSON.
        const json = (response.headers.get('Content-Type') ?? '').includes('application/json');
        if (response.status >= 500 || response.redirected || !json) {
            throw new Offline();
        }
        const body = await response.json();
        if (!response.ok) {
            throw new Refused(body.error ?? '', response.status);
        }
        return body;
    }
}

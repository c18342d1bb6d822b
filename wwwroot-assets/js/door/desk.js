// The check-in desk (/check-in/{eventId}). Scans (camera or a scanner that types), name search and walk-ins go to
// the door's JSON endpoints; when the server cannot be reached the desk answers from the guest list kept on this
// device and queues the check-ins, sending them when the connection is back. All texts come from the page.
import { Busy, DoorClient, Offline, Refused } from './door-client.js';
import * as store from './door-store.js';
import { answerCard, formatText, timeOf, hashCode, hashEmail, isEmail, matches } from './door-text.js';
import { setUpCamera } from './door-camera.js';
import { setUpWalkIns } from './door-walkin.js';

const root = document.getElementById('door');
const eventId = Number(root.dataset.eventId);
const texts = JSON.parse(document.getElementById('door-texts').textContent);
const zone = root.dataset.timeZone;
const language = root.dataset.language;
const client = new DoorClient(eventId, root.dataset.antiforgery, Number(root.dataset.sessionId) || null);
const $ = id => document.getElementById(id);

// Ready for a scanner that types, without scrolling there: on a phone the code field lies below the sessions, and a
// desk that opens half-way down hides which event it is and whether it is online (autofocus scrolled it there).
$('door-code').focus({ preventScroll: true });

const UNDO_MS = 5 * 60 * 1000;
let list;              // the guest list kept on this device (see door-store.js)
let counts;            // the last counts the server sent
let online = true;
let busy = false;       // not online because the server could not save (its database stayed busy), not because it is gone
let syncing = false;
const recent = [];     // this desk's arrivals: { guest, operationId, queued, at }

// ---- connection -------------------------------------------------------------------------------------------------

async function showConnection() {
    const waiting = (await store.queued(eventId)).length;
    const line = $('door-connection');
    line.dataset.state = online ? (waiting ? 'syncing' : 'online') : (busy && waiting ? 'busy' : 'offline');
    line.textContent = online
        ? (waiting ? counted('Door_Syncing', waiting) : texts.Door_Online)
        : (waiting ? counted(busy ? 'Door_BusyWaiting' : 'Door_OfflineWaiting', waiting) : texts.Door_Offline);
}

/** "1 check-in", "2 check-ins": the texts come as KEY_One and KEY_Other. */
function counted(key, count) {
    return formatText(texts[`${key}_${count === 1 ? 'One' : 'Other'}`], count);
}

async function wentOffline(error) {
    const nowBusy = error instanceof Busy;
    if (online || busy !== nowBusy) {
        online = false;
        busy = nowBusy;
        await showConnection();
    }
}

async function cameBack() {
    if (!online) {
        online = true;
        busy = false;
        await showConnection();
    }
    await sendQueued();
}

/** Sends what was queued offline, oldest first; stops at the first one that cannot reach the server. */
async function sendQueued() {
    if (syncing) return;
    syncing = true;
    const conflicts = [];
    let sent = 0;
    try {
        for (const operation of await store.queued(eventId)) {
            try {
                const answer = await client.post(operation.path, { ...operation.body, operation: { id: operation.id, atUtc: operation.atUtc } },
                    'sessionId' in operation ? operation.sessionId : client.sessionId);
                if (answer.kind !== 'CheckedIn' && answer.guest) {
                    conflicts.push(answer.kind === 'AlreadyIn'
                        ? formatText(texts.Door_Conflict, answer.guest.name, timeOf(answer.guest.checkedInAtUtc, zone, language))
                        : `${answer.guest.name}: ${answer.guest.statusName}`);
                }
                showCounts(answer.counts);
                showSentInPlaceOfQueued(operation.id, answer);
                sent++;
            } catch (error) {
                if (error instanceof Offline) {
                    await wentOffline(error);
                    return;
                }
                if (error.needsReload) {
                    showError(refusalText(error)); // kept queued until the person signs in again and reloads
                    return;
                }
                conflicts.push(refusalText(error)); // refused (e.g. the event has ended): reported, not retried forever
            }
            await store.dequeue(operation.id);
            forgetQueued(operation.id);
        }
    } finally {
        syncing = false;
        await showConnection();
    }
    if (sent || conflicts.length) {
        showSyncReport(sent, conflicts);
        await refreshList();
    }
}

function showSyncReport(sent, conflicts) {
    const report = $('door-sync-report');
    report.replaceChildren();
    const summary = document.createElement('p');
    summary.textContent = counted('Door_Synced', sent);
    report.append(summary);
    if (conflicts.length) {
        const items = document.createElement('ul');
        items.append(...conflicts.map(text => Object.assign(document.createElement('li'), { textContent: text })));
        report.append(items);
    }
    report.hidden = false;
}

function listenLive() {
    const live = new EventSource(client.sessionId ? `door/${eventId}/live?session=${client.sessionId}` : `door/${eventId}/live`);
    live.addEventListener('counts', message => {
        showCounts(JSON.parse(message.data));
        scheduleListRefresh();
        cameBack();
    });
    live.onerror = () => wentOffline(); // the browser reconnects by itself
}

// ---- the list kept on this device -------------------------------------------------------------------------------

let refreshTimer;
let signingOut = false; // from the sign-out on, nothing is kept on this device any more
function scheduleListRefresh() {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(refreshList, 1500);
}

async function refreshList() {
    try {
        list = await client.list();
        // A refresh that was on its way when the person signed out must not put the list back after it was forgotten.
        if (signingOut) return;
        await store.saveList(list);
        showCounts(list.counts);
        listChanged();
        if (!online) await cameBack();
    } catch (error) {
        if (error instanceof Offline) await wentOffline(error);
    }
}

/** While offline or with check-ins waiting, the desk keeps asking whether the server is back. */
async function probe() {
    if (!online || (await store.queued(eventId)).length) await refreshList();
}
setInterval(probe, 5000);
window.addEventListener('online', probe);

// ---- counts -----------------------------------------------------------------------------------------------------

/** The event's counts, or at a session's door the room's: of those registered for it, who came, and its own places. */
function showCounts(next) {
    if (!next) return;
    counts = next;
    const parts = [formatText(client.sessionId ? texts.Door_SessionCame : texts.Door_CountsExpected, next.arrived, next.expected)];
    if (next.admitted) parts.push(formatText(texts.Door_CountsAdmitted, next.admitted));
    if (next.walkIns) parts.push(formatText(texts.Door_CountsWalkIns, next.walkIns));
    if (next.capacity != null) parts.push(formatText(texts.Door_CountsRoom, next.inTheRoom, next.capacity));
    $('door-counts').textContent = parts.join(' · ');
    const progress = $('door-progress');
    progress.max = Math.max(1, next.expected);
    progress.value = next.arrived;
    $('door-sectors').replaceChildren(...next.bySector.map(sector =>
        Object.assign(document.createElement('li'), { textContent: `${sector.name}: ${sector.count}` })));
}

/** Offline, the counts move with this desk's own check-ins (the server recounts when they are sent). */
function countLocally(arrival, sector, sectorName) {
    if (!counts) return;
    const next = structuredClone(counts);
    if (arrival === 'Expected') next.arrived++;
    if (arrival === 'Admitted') next.admitted++;
    if (arrival === 'WalkIn') next.walkIns++;
    next.inTheRoom++;
    const row = next.bySector.find(s => s.sector === sector);
    if (row) row.count++; else next.bySector.push({ sector, name: sectorName, count: 1 });
    showCounts(next);
}

// ---- answers ----------------------------------------------------------------------------------------------------

/** operationId: the queued check-in the card tells of ("checked in on this device"), until the server answers it. */
function show(cardId, values = {}, actions = {}, operationId = undefined) {
    const card = answerCard(cardId, values, zone, language);
    if (operationId) card.dataset.operation = operationId;
    const admit = card.querySelector('[data-action="admit"]');
    if (admit && actions.admit) admit.addEventListener('click', actions.admit);
    const undo = card.querySelector('[data-action="undo"]');
    if (undo && actions.undo) {
        undo.hidden = false;
        undo.setAttribute('aria-label', formatText(texts.Door_UndoNamed, values.name));
        undo.addEventListener('click', actions.undo);
    }
    $('door-answer').replaceChildren(card);
}

function cardFor(answer) {
    if (answer.kind === 'CheckedIn') {
        return answer.guest.arrival === 'WalkIn' ? 'WalkIn' : answer.guest.arrival === 'Admitted' ? 'Admitted' : 'CheckedIn';
    }
    if (answer.kind === 'AlreadyIn' && !answer.guest.checkedInBy) return 'AlreadyInNoBy';
    if (answer.kind === 'NotInSession' && answer.waitingForSession) return 'NotInSessionWaiting';
    return answer.kind;
}

function valuesOf(answer) {
    const guest = answer.guest ?? {};
    return {
        name: guest.name, status: guest.statusName, time: guest.checkedInAtUtc, by: guest.checkedInBy,
        organisation: guest.organisation, roomFull: answer.roomFull, elsewhere: answer.placesElsewhere,
    };
}

/** Back online, a card still saying "checked in on this device" for a check-in now sent shows the server's answer instead. */
function showSentInPlaceOfQueued(operationId, answer) {
    if ($('door-answer').firstElementChild?.dataset.operation === operationId) show(cardFor(answer), valuesOf(answer));
}

function showAnswer(answer) {
    const guest = answer.guest ?? {};
    const values = valuesOf(answer);
    const actions = {};
    if (answer.kind === 'NotOnList' || answer.kind === 'NotInSession') actions.admit = () => act('admit', { invitationId: guest.invitationId }, guest);
    if (answer.kind === 'CheckedIn') {
        remember({ guest, queued: false });
        if (guest.mayUndo) actions.undo = () => undo(guest.invitationId, guest.name);
    }
    show(cardFor(answer), values, actions);
    showCounts(answer.counts);
    // Not let into the session: the answer tells of the event's door, and the list here keeps the session's.
    if (!(client.sessionId && answer.kind === 'NotInSession')) updateListGuest(guest);
}

function showError(message) {
    show('Error', { message });
}

function refusalText(error) {
    return error.status === 401 ? texts.Door_SignedOut : (error.message || texts.Door_NetworkError);
}

let turns = Promise.resolve(); // the desk's requests, answered one after the other
let pending = 0;

/**
 * Asks the server; when it cannot be reached, answers from this device's list and queues the check-in.
 * Returns the server's sentence when it refused (also shown as the answer). Requests take turns in the order they were
 * made: the next guest's code, scanned while the last answer is on its way, is answered next (a scanner does not wait).
 */
function act(path, body, knownGuest) {
    const focusedBefore = document.activeElement;
    const searchedBefore = $('door-find').value;
    pending++;
    setBusy(true);
    const turn = turns.then(() => ask(path, body, knownGuest)).then(({ letIn, refusal }) => {
        // The name that was searched for has come in: the search is done (a name typed since then stays).
        if (letIn && searchedBefore && $('door-find').value === searchedBefore) clearSearch();
        return refusal;
    }).finally(() => {
        setBusy(--pending > 0);
        // Ready for the next guest's code, unless the person has already moved on while the answer came (typing the
        // next name on a slow phone): their typing stays where they put it.
        const focused = document.activeElement;
        if (focused === focusedBefore || !focused || focused === document.body) $('door-code').focus();
    });
    turns = turn.catch(() => {});
    return turn;
}

/** Shows the answer; says whether the guest was let in, or the server's sentence when it refused. */
async function ask(path, body, knownGuest) {
    try {
        const answer = await client.post(path, body);
        showAnswer(answer);
        await cameBack();
        return { letIn: answer.kind === 'CheckedIn' };
    } catch (error) {
        if (error instanceof Refused) {
            showError(refusalText(error));
            return { refusal: refusalText(error) };
        } else if (error instanceof Offline) {
            await wentOffline(error);
            return { letIn: await answerOffline(path, body, knownGuest) };
        } else throw error;
    }
}

function setBusy(busy) {
    root.toggleAttribute('aria-busy', busy);
}

// ---- offline answers --------------------------------------------------------------------------------------------

/** Answers from this device's list; true when the guest was let in (their check-in queued). */
async function answerOffline(path, body, knownGuest) {
    if (path === 'walk-ins') {
        const operation = await queue(path, body);
        countLocally('WalkIn', knownGuest?.sector ?? null, knownGuest?.sectorName);
        const guest = { name: `${body.firstName} ${body.lastName}`, organisation: knownGuest?.organisation, checkedInAtUtc: operation.atUtc };
        remember({ guest, queued: true, operationId: operation.id });
        show('Queued', { name: guest.name, organisation: guest.organisation }, { undo: () => undoQueued(operation.id, guest) }, operation.id);
        return true;
    }
    let guest = knownGuest;
    if (path === 'scan') {
        const hash = list ? await hashCode(list.salt, body.code) : undefined;
        guest = list?.guests.find(g => g.codeHash && g.codeHash === hash);
        if (!guest) {
            show('UnknownOffline');
            return false;
        }
    }
    guest = list?.guests.find(g => g.invitationId === guest.invitationId) ?? guest;
    if (guest.checkedInAtUtc) {
        show(guest.checkedInBy ? 'AlreadyIn' : 'AlreadyInNoBy',
            { name: guest.name, time: guest.checkedInAtUtc, by: guest.checkedInBy, organisation: guest.organisation });
        return false;
    }
    const admitted = path === 'admit';
    const expected = isExpected(guest);
    if (!expected && !admitted) {
        show(client.sessionId ? (guest.waitingForSession ? 'NotInSessionWaiting' : 'NotInSession') : 'NotOnListOffline', { name: guest.name, status: guest.statusName, organisation: guest.organisation },
            { admit: () => act('admit', { invitationId: guest.invitationId }, guest) });
        return false;
    }
    const operation = await queue(admitted ? 'admit' : 'check-in', { invitationId: guest.invitationId });
    guest.checkedInAtUtc = operation.atUtc;
    guest.arrival = admitted ? 'Admitted' : 'Expected';
    countLocally(guest.arrival, guest.sector, guest.sectorName);
    remember({ guest, queued: true, operationId: operation.id });
    show('Queued', { name: guest.name, organisation: guest.organisation },
        { undo: () => undoQueued(operation.id, guest) }, operation.id);
    listChanged();
    return true;
}

/** Queues a check-in; a walk-in's registration keeps the id it was first sent with, so it is registered once. */
async function queue(path, body) {
    const { operation: sentAs, ...rest } = body;
    const operation = {
        id: sentAs?.id ?? crypto.randomUUID(), eventId, sessionId: client.sessionId, path, body: rest, atUtc: sentAs?.atUtc ?? new Date().toISOString(),
    };
    await store.enqueue(operation);
    await showConnection();
    return operation;
}

async function undoQueued(operationId, guest) {
    await store.dequeue(operationId);
    guest.checkedInAtUtc = null;
    forgetQueued(operationId);
    $('door-answer').replaceChildren(Object.assign(document.createElement('p'), { textContent: formatText(texts.Door_Undone, guest.name) }));
    await showConnection();
    listChanged();
}

// ---- recent arrivals and undo -------------------------------------------------------------------------------------

// This desk's arrivals survive a reload (also one from the service worker while offline), for this tab only.
const RECENT_KEY = `eventhub-door-recent-${eventId}`;
recent.push(...JSON.parse(sessionStorage.getItem(RECENT_KEY) ?? '[]'));

function remember(arrival) {
    recent.unshift({ ...arrival, at: Date.now() });
    recent.splice(10);
    renderRecent();
}

function forgetQueued(operationId) {
    const entry = recent.find(r => r.operationId === operationId);
    if (entry) entry.queued = false;
    renderRecent();
}

function renderRecent() {
    sessionStorage.setItem(RECENT_KEY, JSON.stringify(recent));
    $('door-recent-none').hidden = recent.length > 0;
    $('door-recent').replaceChildren(...recent.map(arrival => {
        const item = document.createElement('li');
        const label = document.createElement('span');
        label.textContent = [arrival.guest.name, arrival.guest.organisation, timeOf(arrival.guest.checkedInAtUtc, zone, language)]
            .filter(Boolean).join(' · ');
        item.append(label);
        const canUndo = arrival.queued || (arrival.guest.mayUndo && Date.now() - arrival.at < UNDO_MS);
        if (canUndo) {
            const button = Object.assign(document.createElement('button'), { type: 'button', className: 'eh-button', textContent: texts.Door_Undo });
            button.setAttribute('aria-label', formatText(texts.Door_UndoNamed, arrival.guest.name));
            button.addEventListener('click', () => arrival.queued
                ? undoQueued(arrival.operationId, arrival.guest)
                : undo(arrival.guest.invitationId, arrival.guest.name));
            item.append(button);
        }
        return item;
    }));
}

async function undo(invitationId, name) {
    try {
        const result = await client.post('undo', { invitationId });
        showCounts(result.counts);
        const index = recent.findIndex(r => r.guest.invitationId === invitationId);
        if (index >= 0) recent.splice(index, 1);
        renderRecent();
        $('door-answer').replaceChildren(Object.assign(document.createElement('p'), { className: 'door-answer-note', textContent: formatText(texts.Door_Undone, name) }));
        await refreshList();
    } catch (error) {
        showError(error instanceof Refused ? refusalText(error) : texts.Door_NetworkError);
    }
    $('door-code').focus();
}

setInterval(renderRecent, 30 * 1000); // undo buttons go when their 5 minutes are over

// ---- name search --------------------------------------------------------------------------------------------------

/** At a session's door the list says who holds a place in the session; at the event's door, who said they would come. */
function isExpected(guest) {
    return client.sessionId ? Boolean(guest.inSession) : guest.status === 'Accepted';
}

/** The list changed (a refresh, an answer, a check-in on this device): what is shown from it follows. */
function listChanged() {
    renderFound();
}

let searches = 0; // an email address is hashed first: only the latest search shows its result

async function renderFound() {
    const search = ++searches;
    const text = $('door-find').value.trim();
    // Two guests called Jan de Vries: the address their invitation went to tells them apart (the list holds its hash only).
    const emailHash = isEmail(text) && list ? await hashEmail(list.salt, text) : null;
    if (search !== searches) return;
    // Those expected first (in name order, as the list is): a name typed in a queue is most likely theirs.
    const all = text.length < 2 || !list ? []
        : list.guests.filter(g => emailHash ? g.emailHash === emailHash : matches(g, text)).sort((a, b) => isExpected(b) - isExpected(a));
    const found = all.slice(0, 10);
    $('door-find-none').textContent = text.length < 2 || found.length > 0 ? '' : texts.CheckIn_FindNone;
    $('door-find-more').hidden = all.length <= found.length;
    $('door-find-more').textContent = all.length > found.length ? formatText(texts.Door_FindMore, found.length, all.length) : '';
    $('door-found').replaceChildren(...found.map(guest => {
        const item = document.createElement('li');
        const label = document.createElement('span');
        label.textContent = [guest.name, guest.organisation, guest.statusName].filter(Boolean).join(' · ');
        item.append(label);
        if (guest.checkedInAtUtc) {
            item.append(Object.assign(document.createElement('span'), {
                className: 'door-muted', textContent: formatText(texts.Door_ListInAt, timeOf(guest.checkedInAtUtc, zone, language)),
            }));
        } else {
            const button = Object.assign(document.createElement('button'), { type: 'button', className: 'eh-button', textContent: texts.Door_ListCheckIn });
            button.setAttribute('aria-label', formatText(texts.Door_ListCheckInNamed, guest.name));
            button.addEventListener('click', () => act('check-in', { invitationId: guest.invitationId }, guest));
            item.append(button);
        }
        return item;
    }));
}

function clearSearch() {
    $('door-find').value = '';
    renderFound();
}

function updateListGuest(guest) {
    const known = list?.guests.find(g => g.invitationId === guest.invitationId);
    // An answer's guest carries no hashes and no session place (only the list does): the list keeps its own.
    const { codeHash, emailHash, inSession, waitingForSession, ...answered } = guest;
    if (known) Object.assign(known, answered);
    else if (list && guest.invitationId) list.guests.push(guest);
    listChanged();
}

// ---- start --------------------------------------------------------------------------------------------------------

async function submitCode(code) {
    const typed = code.trim();
    if (!typed) return;
    await act('scan', { code: typed });
}

$('door-code-form').addEventListener('submit', async event => {
    event.preventDefault();
    const field = $('door-code');
    const code = field.value;
    field.value = '';
    await submitCode(code);
});
$('door-find').addEventListener('input', renderFound);
$('door-sign-out-form').addEventListener('submit', async event => {
    event.preventDefault(); // names and organisations do not stay on a shared tablet; the queue does, to be sent later
    signingOut = true;
    clearTimeout(refreshTimer);
    await store.forgetList(eventId);
    sessionStorage.removeItem(RECENT_KEY);
    event.target.submit();
});

setUpCamera({ texts, onCode: code => submitCode(code) });
setUpWalkIns({ client, texts, isOnline: () => online, isRoomFull: () => Boolean(counts?.roomFull), register: (body, organisation) => act('walk-ins', body, organisation) });

(async () => {
    await store.forgetExpiredLists();
    // A list kept for another door of the event (the entrance, another session) does not say who came in here.
    const kept = await store.loadList(eventId);
    list = (kept?.sessionId ?? null) === client.sessionId ? kept : undefined;
    renderRecent();
    await refreshList();
    listenLive();
    await showConnection();
    await sendQueued();
    if (online) {
        // The QR decoder loaded now, while online, so that the service worker has it when the camera is first used offline.
        import('./scanner.js').then(scanner => scanner.prepareDecoder()).catch(() => { /* typed codes still work */ });
    }
    if ('serviceWorker' in navigator) {
        navigator.serviceWorker.register('door-sw.js', { scope: 'check-in' }).catch(() => { /* the desk works without it, only not after a reload offline */ });
    }
    root.dataset.ready = 'true'; // for people and tests: the desk has its list and is listening
})();

// The desk's memory on this device (IndexedDB): the event's guest list for searching and scanning while offline,
// and the check-ins done offline, waiting to be sent. Lists are forgotten after their event's day.
const DB_NAME = 'eventhub-door';
const VERSION = 1;

function open() {
    return new Promise((resolve, reject) => {
        const request = indexedDB.open(DB_NAME, VERSION);
        request.onupgradeneeded = () => {
            const db = request.result;
            db.createObjectStore('lists', { keyPath: 'eventId' });
            db.createObjectStore('queue', { keyPath: 'id' }).createIndex('eventId', 'eventId');
        };
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
    });
}

let database;
const db = () => (database ??= open());

async function run(store, mode, work) {
    const tx = (await db()).transaction(store, mode);
    const result = work(tx.objectStore(store));
    return new Promise((resolve, reject) => {
        tx.oncomplete = () => resolve(result.result);
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error);
    });
}

export const saveList = list => run('lists', 'readwrite', store => store.put(list));

export async function loadList(eventId) {
    const list = await run('lists', 'readonly', store => store.get(eventId));
    if (list && new Date(list.expiresAtUtc) < new Date()) {
        await run('lists', 'readwrite', store => store.delete(eventId));
        return undefined;
    }
    return list;
}

export const forgetList = eventId => run('lists', 'readwrite', store => store.delete(eventId));

/** Removes every list whose event day is over (names and organisations do not stay on a borrowed tablet). */
export async function forgetExpiredLists() {
    const lists = await run('lists', 'readonly', store => store.getAll());
    for (const list of lists.filter(l => new Date(l.expiresAtUtc) < new Date())) {
        await run('lists', 'readwrite', store => store.delete(list.eventId));
    }
}

export const enqueue = operation => run('queue', 'readwrite', store => store.put(operation));
export const dequeue = id => run('queue', 'readwrite', store => store.delete(id));
export const queued = eventId => run('queue', 'readonly', store => store.index('eventId').getAll(eventId))
    .then(operations => operations.sort((a, b) => a.atUtc.localeCompare(b.atUtc)));

// A local copy of an outcome being written, so nothing typed is lost when the connection drops or the page reloads.
// Kept in localStorage under "eventhub:outcome:{sessionId}:{version}" (the version it was written on top of).
// The server writes the whole draft on every change it receives; typing is also copied straight from the input
// events in the browser, so text typed while the server cannot be reached is kept too.
const prefix = "eventhub:outcome:";
let current = null; // { sessionId, version, draft }
let watched = null; // the area whose fields are copied; data-draft-copy="on" once typing in it is copied

function keysOf(sessionId) {
    const start = `${prefix}${sessionId}:`;
    return Object.keys(localStorage).filter(k => k.startsWith(start));
}

function persist() {
    try {
        for (const key of keysOf(current.sessionId)) {
            localStorage.removeItem(key);
        }
        localStorage.setItem(`${prefix}${current.sessionId}:${current.version}`, JSON.stringify({ at: Date.now(), draft: current.draft }));
    } catch {
        // Storage full or disabled: the server copy is all there is.
    }
}

// The copy for a session (the newest if there are several), or null: { version, at, draft (JSON text) }.
export function read(sessionId) {
    const found = keysOf(sessionId)
        .map(key => ({ version: Number(key.split(":").pop()), value: JSON.parse(localStorage.getItem(key)) }))
        .sort((a, b) => b.version - a.version)[0];
    return found ? { version: found.version, at: found.value.at, draft: JSON.stringify(found.value.draft) } : null;
}

// What the server knows: keep it as the copy (keep = true), or only remember it as the base for typing (keep = false,
// after a save: the database has it, so the copy is removed).
// The same copy as UTF-8 JSON bytes (empty when there is none), for the server to read as a stream: with long notes it
// is larger than one message of the live connection may be.
export function readBytes(sessionId) {
    const copy = read(sessionId);
    return copy ? new TextEncoder().encode(JSON.stringify(copy)) : new Uint8Array(0);
}

export function write(sessionId, version, draftJson, keep) {
    current = { sessionId, version, draft: JSON.parse(draftJson) };
    watched?.setAttribute("data-draft-copy", "on");
    if (keep) {
        persist();
    } else {
        for (const key of keysOf(sessionId)) {
            localStorage.removeItem(key);
        }
    }
}

export function clear(sessionId) {
    current = null;
    watched?.removeAttribute("data-draft-copy");
    for (const key of keysOf(sessionId)) {
        localStorage.removeItem(key);
    }
}

// Copies typing into the copy as it happens: fields carry data-draft-path="notes", "insights.0", "decisions.2".
export function watch(element) {
    watched = element;
    element.addEventListener("input", event => {
        const host = event.target.closest("[data-draft-path]");
        if (!current || !host || typeof event.target.value !== "string") {
            return;
        }

        const [list, index] = host.dataset.draftPath.split(".");
        if (list === "notes") {
            current.draft.Notes = event.target.value;
        } else {
            const name = list === "insights" ? "Insights" : "Decisions";
            const statement = current.draft[name]?.[Number(index)];
            if (!statement) {
                return;
            }
            statement.Text = event.target.value;
        }
        persist();
    });
}

// Loaded by the sign-in page right after signing out: the browser's draft copies of session notes
// ("eventhub:outcome:{sessionId}:{version}", see outcome-drafts.js) go with the session, so the next person at this
// computer cannot read them.
for (const key of Object.keys(localStorage)) {
    if (key.startsWith("eventhub:outcome:")) {
        localStorage.removeItem(key);
    }
}

// The notes box (Components/Pages/Outcomes/NotesBox.razor): the text goes to the server as a stream, after a pause in
// typing and when the box loses focus. A whole 50,000-character text in one message would end the live connection
// (its messages are limited to 32 KB), and sending it on every keystroke would flood it.
// shown: the text the server put in the box. Typing (or a paste) can come before this script is watching, on a slow
// machine: whatever differs from it then is sent at once.
export function watch(host, dotnet, pauseMs, shown) {
    let number = 0;
    let timer = null;
    let sent = shown;
    // The last text on its way: the server reads a stream after the call has reached it, so a click handled meanwhile
    // (mark final) would not see it yet. flush() waits for it.
    let sending = Promise.resolve();

    async function send(left) {
        clearTimeout(timer);
        timer = null;
        const value = host.querySelector("textarea")?.value;
        try {
            if (value === undefined || value === sent) {
                if (left) {
                    await dotnet.invokeMethodAsync("LeftAsync");
                }
                return;
            }

            sent = value;
            const bytes = new TextEncoder().encode(value);
            const received = dotnet.invokeMethodAsync("ReceiveAsync", ++number, DotNet.createJSStreamReference(bytes), left);
            sending = received.catch(() => {});
            await received;
        } catch {
            // The connection is gone: the browser's copy (js/outcome-drafts.js) keeps the text; send it again next time.
            sent = null;
        }
    }

    const typed = () => {
        clearTimeout(timer);
        timer = setTimeout(() => send(false), pauseMs);
    };
    const left = () => send(true);
    host.addEventListener("input", typed);
    host.addEventListener("focusout", left);
    const box = host.querySelector("textarea");
    if (box && box.value !== sent) {
        send(!host.contains(document.activeElement));
    }

    return {
        // Resolves once the server holds the text as the box shows it now (after the text already on its way).
        async flush() {
            await sending;
            await send(false);
        },
        stop() {
            clearTimeout(timer);
            host.removeEventListener("input", typed);
            host.removeEventListener("focusout", left);
        },
    };
}

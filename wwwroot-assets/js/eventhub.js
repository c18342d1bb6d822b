// Small helpers the interactive shell calls through JS interop.
window.eventHub = {
    // Remember light/dark for a year and apply it to <html>, so static pages and the next visit match.
    rememberTheme(theme) {
        const secure = location.protocol === "https:" ? "; secure" : "";
        document.cookie = `EventHub.Theme=${theme}; path=/; max-age=31536000; samesite=lax${secure}`;
        document.documentElement.dataset.theme = theme;
    },

    // Save a file the server made (e.g. an import's problem report) without a round trip through an endpoint.
    downloadFile(fileName, contentType, base64) {
        const bytes = Uint8Array.from(atob(base64), c => c.charCodeAt(0));
        const url = URL.createObjectURL(new Blob([bytes], { type: contentType }));
        const link = document.createElement("a");
        link.href = url;
        link.download = fileName;
        document.body.appendChild(link);
        link.click();
        link.remove();
        URL.revokeObjectURL(url);
    },
};

// Copies text for "Copy link" buttons; answers false when the browser refuses (no permission, no secure origin),
// so the page can tell the person to copy it by hand.
window.eventHub.copyText = async (text) => {
    try {
        await navigator.clipboard.writeText(text);
        return true;
    } catch {
        return false;
    }
};

// The error bar's "reload" (Components/Layout/ErrorBar.razor) works when the live connection has ended.
document.addEventListener("click", (event) => {
    if (event.target.closest("[data-reload]")) {
        event.preventDefault();
        location.reload();
    }
});

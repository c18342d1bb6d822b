// Small helpers the interactive shell calls through JS interop.
window.eventHub = {
    // Remember light/dark for a year and apply it to <html>, so static pages and the next visit match.
    rememberTheme(theme) {
        document.cookie = `EventHub.Theme=${theme}; path=/; max-age=31536000; samesite=lax`;
        document.documentElement.dataset.theme = theme;
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

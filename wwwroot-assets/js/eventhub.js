// Small helpers the interactive shell calls through JS interop.
window.eventHub = {
    // Remember light/dark for a year and apply it to <html>, so static pages and the next visit match.
    rememberTheme(theme) {
        document.cookie = `EventHub.Theme=${theme}; path=/; max-age=31536000; samesite=lax`;
        document.documentElement.dataset.theme = theme;
    },
};

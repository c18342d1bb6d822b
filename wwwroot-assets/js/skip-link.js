// "Skip to main content" (the first link on every page) puts the keyboard focus on the main content, so the next Tab
// goes into the page instead of through the header and menu again. Blazor handles link clicks itself (enhanced and
// interactive navigation) and only scrolls to #main-content, leaving the focus on the link: this runs first (capture)
// and moves the focus itself. Loaded on every page, static and interactive.
document.addEventListener("click", event => {
    const link = event.target instanceof Element ? event.target.closest("a.eh-skip-link") : null;
    const main = document.getElementById("main-content");
    if (link && main) {
        event.preventDefault();
        event.stopPropagation();
        main.focus();
        main.scrollIntoView();
    }
}, true);

// A problem in an error summary (the RSVP page's, the feedback survey's) links to its field: Blazor only scrolls there and
// leaves the focus on the link, so the next Tab went back through the summary. The focus goes to the field, or to the
// first control inside what the link names (a group of choices).
document.addEventListener("click", event => {
    const link = event.target instanceof Element ? event.target.closest(".eh-error-summary a[href*='#']") : null;
    const target = link ? document.getElementById(decodeURIComponent(link.hash.slice(1))) : null;
    if (!target) return;
    const field = target.matches("input, select, textarea, button, a[href], [tabindex]")
        ? target
        : target.querySelector("input:not([type=hidden]), select, textarea, button, a[href], [tabindex]:not([tabindex='-1'])");
    if (!field) return;
    event.preventDefault();
    event.stopPropagation();
    field.focus({ preventScroll: true });
    target.scrollIntoView({ block: "center" });
}, true);

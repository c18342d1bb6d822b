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

// MudDataGrid (9.x) names every column's sort button "Sort" and does not tell on the header how a column is sorted: a
// screen reader met three buttons called "Sorteren" in one row of headers. Each button is named after its column
// ("Sorteren op Naam"), and its header carries aria-sort, as the guest list's own headers do. MudBlazor offers no
// parameter for either; Blazor leaves the attributes alone, as its own values for them do not change.
(() => {
    const sortBy = document.currentScript.dataset.sortBy; // "Sort by {0}" in the page's language

    function describe() {
        for (const button of document.querySelectorAll("th .sort-direction-icon")) {
            const header = button.closest("th");
            const title = header.querySelector(".sortable-column-header")?.textContent.trim();
            const label = title ? sortBy.replace("{0}", title) : null;
            if (label && button.getAttribute("aria-label") !== label) button.setAttribute("aria-label", label);
            const sort = button.classList.contains("mud-direction-asc") ? "ascending"
                : button.classList.contains("mud-direction-desc") ? "descending" : "none";
            if (header.getAttribute("aria-sort") !== sort) header.setAttribute("aria-sort", sort);
        }
    }

    new MutationObserver(describe).observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ["class"] });
    describe();
})();

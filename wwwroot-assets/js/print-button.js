// The "Print" button of the print layouts (badges, sign-in lists): opens the browser's print dialog. One listener on
// the document, so a button rendered later (enhanced navigation) works too, and no inline script is needed.
if (!window.ehPrintButton) {
    window.ehPrintButton = true;
    document.addEventListener("click", event => {
        if (event.target instanceof Element && event.target.closest("[data-print]")) {
            window.print();
        }
    });
}

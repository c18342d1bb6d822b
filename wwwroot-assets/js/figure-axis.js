// A chart narrower than its drawing (a phone) scrolls sideways in its box (eventhub.css, "Figures"), and its value axis
// (0, 10, 20 … along the left) scrolled away with it: the bars at the far end had no scale beside them. This keeps the
// axis at the box's left edge, moved along by as much as the drawing scrolled (in the drawing's own units: it is
// scaled to the box). One listener for every chart, on static pages too, and for a chart drawn after the page loaded.
if (!window.ehFigureAxis) {
    window.ehFigureAxis = true;
    document.addEventListener("scroll", event => {
        const box = event.target instanceof Element && event.target.matches(".eh-figure-chart") ? event.target : null;
        const svg = box?.querySelector("svg");
        const axis = svg?.querySelector(".mud-charts-yaxis");
        const units = svg?.viewBox.baseVal?.width;
        if (!axis || !units) return;
        const shift = box.scrollLeft * units / svg.getBoundingClientRect().width;
        axis.setAttribute("transform", shift > 0 ? `translate(${shift.toFixed(2)} 0)` : "");
    }, true);
}

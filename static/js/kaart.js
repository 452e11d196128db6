// Map of a zaak's locations. Without network the markers still show on a blank background.
(function () {
  function init() {
    var el = document.getElementById("kaart");
    if (!el || el.dataset.geladen || typeof L === "undefined") { return; }
    el.dataset.geladen = "1";
    var punten = JSON.parse(el.dataset.punten || "[]");
    var kaart = L.map(el);
    if (el.dataset.tegels) {
      L.tileLayer(el.dataset.tegels, { maxZoom: 19, attribution: "Kaartgegevens © Kadaster (PDOK)" }).addTo(kaart);
    }
    var grenzen = [];
    punten.forEach(function (p) {
      L.marker([p.lat, p.lon], { title: p.label, alt: p.label }).addTo(kaart).bindPopup(document.createTextNode(p.label).textContent);
      grenzen.push([p.lat, p.lon]);
    });
    if (grenzen.length) { kaart.fitBounds(grenzen, { maxZoom: 16, padding: [30, 30] }); }
    else { kaart.setView([53.3, 5.95], 11); }
  }
  document.addEventListener("DOMContentLoaded", init);
  document.addEventListener("htmx:afterSettle", init);
  init();
})();

// Map on the Basisregistraties tab: address points, pand outlines and kadastral percelen.
(function () {
  var STIJL = {
    pand: { color: "#8a4a00", weight: 2, fillOpacity: 0.25 },
    perceel: { color: "#154273", weight: 2, dashArray: "6 4", fillOpacity: 0.05 }
  };

  function init() {
    var el = document.getElementById("br-kaart");
    var bron = document.getElementById("br-kaart-data");
    if (!el || !bron || el.dataset.geladen || typeof L === "undefined") { return; }
    el.dataset.geladen = "1";
    var kaart = L.map(el);
    if (el.dataset.tegels) {
      L.tileLayer(el.dataset.tegels, { maxZoom: 20, attribution: "Kaartgegevens © Kadaster (PDOK)" }).addTo(kaart);
    }
    var laag = L.geoJSON(JSON.parse(bron.textContent), {
      style: function (f) { return STIJL[f.properties.soort] || {}; },
      pointToLayer: function (f, latlng) { return L.marker(latlng, { title: f.properties.label, alt: f.properties.label }); },
      onEachFeature: function (f, l) { l.bindPopup(document.createTextNode(f.properties.label).textContent); }
    }).addTo(kaart);
    var grenzen = laag.getBounds();
    if (grenzen.isValid()) { kaart.fitBounds(grenzen, { maxZoom: 19, padding: [20, 20] }); }
    else { kaart.setView([53.3, 5.95], 11); }
  }
  document.addEventListener("DOMContentLoaded", init);
  document.addEventListener("htmx:afterSettle", init);
  init();
})();

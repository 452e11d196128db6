// Admin for risk zones: preview the GeoJSON on a map and draw a polygon by clicking points
// (double-click or "Vlak afronden" finishes; the textarea is updated and can still be edited).
(function () {
  "use strict";
  function init() {
    var veld = document.querySelector("textarea.zone-geojson");
    if (!veld || typeof L === "undefined" || veld.dataset.kaart) { return; }
    veld.dataset.kaart = "1";
    var div = document.createElement("div");
    div.className = "kaart";
    div.setAttribute("role", "region");
    div.setAttribute("aria-label", "Voorbeeld van de zone; klik punten om een vlak te tekenen");
    veld.parentNode.appendChild(div);
    var knop = document.createElement("button");
    knop.type = "button";
    knop.textContent = "Vlak afronden";
    veld.parentNode.appendChild(knop);
    var kaart = L.map(div, { doubleClickZoom: false, maxZoom: 19 }).setView([53.3, 5.95], 11);
    var tegels = veld.dataset.tegels;
    if (tegels) { L.tileLayer(tegels, { maxZoom: 19 }).addTo(kaart); }
    var laag = L.geoJSON().addTo(kaart);
    var punten = [];
    var lijn = L.polyline([], { color: "#8a4a00" }).addTo(kaart);
    function toon() {
      laag.clearLayers();
      try {
        var data = JSON.parse(veld.value);
        laag.addData(data);
        if (laag.getBounds().isValid()) { kaart.fitBounds(laag.getBounds(), { maxZoom: 16 }); }
      } catch (e) { /* not (yet) valid JSON while typing */ }
    }
    function rond_af() {
      if (punten.length < 3) { return; }
      var ring = punten.map(function (p) { return [Number(p.lng.toFixed(6)), Number(p.lat.toFixed(6))]; });
      ring.push(ring[0]);
      veld.value = JSON.stringify({ type: "Polygon", coordinates: [ring] });
      punten = [];
      lijn.setLatLngs([]);
      toon();
    }
    kaart.on("click", function (e) { punten.push(e.latlng); lijn.setLatLngs(punten); });
    kaart.on("dblclick", rond_af);
    knop.addEventListener("click", rond_af);
    veld.addEventListener("change", toon);
    toon();
  }
  document.addEventListener("DOMContentLoaded", init);
})();

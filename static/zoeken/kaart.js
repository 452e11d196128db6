// Map of zaken per layer with grid clustering, risk zones and popups linking to the zaak.
// Works without tiles (no network): the points and zones still show on a plain background.
(function () {
  "use strict";
  var CEL = 56; // px: points closer than one grid cell at the current zoom form a cluster

  function el(tag, tekst, klasse) {
    var e = document.createElement(tag);
    if (tekst) { e.textContent = tekst; }
    if (klasse) { e.className = klasse; }
    return e;
  }

  function popup(p) {
    var div = el("div", null, "kaart-popup");
    var kop = el("p");
    var a = el("a", p.identificatie);
    a.href = p.url;
    kop.appendChild(a);
    div.appendChild(kop);
    if (p.omschrijving) { div.appendChild(el("p", p.omschrijving)); }
    if (p.status) { div.appendChild(el("p", "Status: " + p.status)); }
    if (p.adres) { div.appendChild(el("p", p.adres)); }
    (p.signalen || []).forEach(function (s) { div.appendChild(el("p", "Signaal: " + s, "signaal-label")); });
    return div;
  }

  function laagKlasse(code) {
    return ["vergunning", "toezicht", "handhaving"].indexOf(code) >= 0 ? code : "extra";
  }

  function tekenLaag(kaart, groep, punten) {
    groep.clearLayers();
    var zoom = kaart.getZoom();
    var zicht = kaart.getBounds().pad(0.25);
    var cellen = {};
    punten.forEach(function (p) {
      var ll = L.latLng(p.lat, p.lon);
      if (!zicht.contains(ll)) { return; }
      var px = kaart.project(ll, zoom);
      var sleutel = Math.floor(px.x / CEL) + ":" + Math.floor(px.y / CEL);
      (cellen[sleutel] = cellen[sleutel] || []).push(p);
    });
    Object.keys(cellen).forEach(function (sleutel) {
      var lijst = cellen[sleutel];
      if (lijst.length === 1 || zoom >= kaart.getMaxZoom()) {
        lijst.forEach(function (p) {
          var klasse = "kaart-punt kaart--" + laagKlasse(p.laag) + (p.signalen && p.signalen.length ? " kaart-signaal" : "");
          L.marker([p.lat, p.lon], {
            icon: L.divIcon({ className: klasse, iconSize: [16, 16] }),
            title: p.identificatie + " " + (p.omschrijving || ""), alt: p.identificatie
          }).bindPopup(popup(p)).addTo(groep);
        });
        return;
      }
      var grenzen = L.latLngBounds(lijst.map(function (p) { return [p.lat, p.lon]; }));
      var aantal = String(lijst.length);
      L.marker(grenzen.getCenter(), {
        icon: L.divIcon({ className: "kaart-cluster kaart--" + laagKlasse(lijst[0].laag), html: aantal, iconSize: [34, 34] }),
        title: aantal + " zaken, klik om in te zoomen", alt: aantal + " zaken"
      }).on("click keypress", function () { kaart.fitBounds(grenzen.pad(0.1)); }).addTo(groep);
    });
  }

  function zonePopup(f) {
    var div = el("div", null, "kaart-popup");
    div.appendChild(el("p", f.properties.soort + ": " + f.properties.naam));
    div.appendChild(el("p", f.properties.melding));
    return div;
  }

  function init() {
    var el0 = document.getElementById("zoekkaart");
    if (!el0 || el0.dataset.geladen || typeof L === "undefined") { return; }
    el0.dataset.geladen = "1";
    var kaart = L.map(el0, { maxZoom: 19 }).setView([53.3, 5.95], 11);
    if (el0.dataset.tegels) {
      L.tileLayer(el0.dataset.tegels, { maxZoom: 19, attribution: "Kaartgegevens © Kadaster (PDOK)" }).addTo(kaart);
    }
    var status = el0.dataset.status ? document.getElementById(el0.dataset.status) : null;
    fetch(el0.dataset.bron, { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
      .then(function (data) {
        var perLaag = {};
        data.punten.forEach(function (p) { (perLaag[p.laag] = perLaag[p.laag] || []).push(p); });
        var overlays = {};
        var groepen = [];
        data.lagen.forEach(function (laag) {
          if (!perLaag[laag.code]) { return; }
          var groep = L.layerGroup().addTo(kaart);
          groepen.push({ groep: groep, punten: perLaag[laag.code] });
          overlays[laag.label + " (" + perLaag[laag.code].length + ")"] = groep;
        });
        if (data.zones.features.length) {
          var zones = L.geoJSON(data.zones, {
            style: { color: "#8a4a00", weight: 2, fillOpacity: 0.15, dashArray: "4 4" },
            onEachFeature: function (f, laag) { laag.bindPopup(zonePopup(f)); }
          }).addTo(kaart);
          overlays["Risicozones"] = zones;
          zones.bringToBack();
        }
        L.control.layers(null, overlays, { collapsed: false }).addTo(kaart);
        var teken = function () {
          groepen.forEach(function (g) { if (kaart.hasLayer(g.groep)) { tekenLaag(kaart, g.groep, g.punten); } });
        };
        kaart.on("zoomend moveend overlayadd", teken);
        if (data.punten.length) {
          kaart.fitBounds(data.punten.map(function (p) { return [p.lat, p.lon]; }), { maxZoom: 16, padding: [30, 30] });
        }
        teken();
        if (status) {
          status.textContent = data.melding || (data.punten.length + " objecten op de kaart" +
            (data.afgekapt ? " (alleen de eerste " + data.punten.length + "; verfijn de filters)" : "") + ".");
        }
      })
      .catch(function () { if (status) { status.textContent = "De kaartgegevens konden niet worden geladen. Probeer het opnieuw."; } });
  }

  document.addEventListener("DOMContentLoaded", init);
  document.addEventListener("htmx:afterSettle", init);
  init();
})();

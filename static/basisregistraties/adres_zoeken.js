// BAG address search: postcode + huisnummer, or free text with autocomplete. A chosen address
// fills the inputs named in the fieldset's data-doel-* attributes (ids).
(function () {
  function zet(id, waarde) {
    var el = id ? document.getElementById(id) : null;
    if (el) { el.value = waarde; el.dispatchEvent(new Event("change", { bubbles: true })); }
  }

  function init(fs) {
    if (fs.dataset.klaar) { return; }
    fs.dataset.klaar = "1";
    var melding = fs.querySelector(".br-melding");
    var lijst = fs.querySelector(".br-resultaten");
    var veld = function (naam) { return fs.querySelector('[data-veld="' + naam + '"]'); };
    var laatste = 0;

    function toon(data) {
      lijst.textContent = "";
      (data.adressen || []).forEach(function (a) {
        var li = document.createElement("li");
        var knop = document.createElement("button");
        knop.type = "button";
        knop.className = "link";
        knop.textContent = a.weergave;
        knop.addEventListener("click", function () { kies(a); });
        li.appendChild(knop);
        lijst.appendChild(li);
      });
      var n = (data.adressen || []).length;
      melding.textContent = data.melding || (n === 1 ? "1 adres gevonden." : n + " adressen gevonden.");
    }

    function kies(a) {
      zet(fs.dataset.doelAdres, a.adres);
      zet(fs.dataset.doelPostcode, a.postcode);
      zet(fs.dataset.doelWoonplaats, a.woonplaats);
      zet(fs.dataset.doelNummeraanduiding, a.nummeraanduiding_id);
      lijst.textContent = "";
      melding.textContent = "Gekozen: " + a.weergave;
    }

    function vraag(url) {
      var nummer = ++laatste;
      melding.textContent = "Zoeken…";
      fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
        .then(function (r) { return r.json(); })
        .then(function (data) { if (nummer === laatste) { toon(data); } })
        .catch(function () { if (nummer === laatste) { melding.textContent = "Zoeken lukt nu niet. Vul het adres met de hand in."; } });
    }

    function opPostcode() {
      var p = new URLSearchParams({ postcode: veld("postcode").value, huisnummer: veld("huisnummer").value, toevoeging: veld("toevoeging").value });
      vraag(fs.dataset.urlPostcode + "?" + p.toString());
    }

    fs.querySelector('[data-actie="postcode"]').addEventListener("click", opPostcode);
    var wacht = null;
    veld("q").addEventListener("input", function () {
      clearTimeout(wacht);
      var q = veld("q").value.trim();
      if (q.length < 3) { lijst.textContent = ""; return; }
      wacht = setTimeout(function () { vraag(fs.dataset.urlZoek + "?" + new URLSearchParams({ q: q }).toString()); }, 300);
    });
    // Enter in these inputs searches instead of submitting the surrounding form.
    fs.addEventListener("keydown", function (e) {
      if (e.key === "Enter" && e.target.matches("input")) {
        e.preventDefault();
        if (e.target === veld("q")) { clearTimeout(wacht); vraag(fs.dataset.urlZoek + "?" + new URLSearchParams({ q: veld("q").value.trim() }).toString()); }
        else { opPostcode(); }
      }
    });
  }

  function alles() { document.querySelectorAll("[data-adres-zoeken]").forEach(init); }
  document.addEventListener("DOMContentLoaded", alles);
  document.addEventListener("htmx:afterSettle", alles);
  alles();
})();

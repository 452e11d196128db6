// One controle: object data, the checklist with conditional questions, answers, photos and
// "afronden". Every change is written to IndexedDB at once and queued for sync.
import * as db from "./db.js";
import { el, leeg, positie, sha256, uuid } from "./ui.js";

const OORDELEN = [["voldoet", "Voldoet"], ["voldoet_niet", "Voldoet niet"], ["nvt", "N.v.t."]];
const JANEE = [["ja", "Ja"], ["nee", "Nee"], ["nvt", "N.v.t."]];

function radios(naam, opties, gekozen, legend, onchange) {
  return el("fieldset", { class: "keuzes" }, el("legend", { tekst: legend }),
    opties.map(([waarde, label]) => {
      const id = `${naam}-${waarde}`;
      return el("span", { class: "keuze" },
        el("input", { type: "radio", id, name: naam, value: waarde, checked: gekozen === waarde, onchange }),
        el("label", { for: id, tekst: label }));
    }));
}

function gekozenWaarde(container, naam) {
  const r = container.querySelector(`input[name="${naam}"]:checked`);
  return r ? r.value : "";
}

export async function toonControle(wortel, controle, checklist, ctx) {
  leeg(wortel);
  const antwoorden = new Map((await db.byControle("antwoorden", controle.id)).map((a) => [a.vraag, a]));
  const fotos = await db.byControle("fotos", controle.id);
  const afronden = await db.get("afronden", controle.id);
  const conflicten = (await db.all("conflicten")).filter((c) => c.controle === controle.id);
  const afgerond = Boolean(afronden) || !["gepland", "in_uitvoering"].includes(controle.status);
  const o = controle.object;

  wortel.append(
    el("p", {}, el("a", { href: "#", tekst: "← Terug naar de dagplanning" })),
    el("h2", { tekst: controle.omschrijving }),
    el("dl", { class: "gegevens" },
      el("dt", { tekst: "Zaak" }), el("dd", { tekst: controle.zaak }),
      el("dt", { tekst: "Status" }), el("dd", { id: "controle-status", "data-controle": controle.id, tekst: statusTekst(controle, afronden) }),
      o && [el("dt", { tekst: "Adres" }), el("dd", { tekst: o.adres }),
        el("dt", { tekst: "Inrichting" }), el("dd", { tekst: [o.naam, o.inrichting, o.inrichtingstype].filter(Boolean).join(" — ") }),
        el("dt", { tekst: "Activiteiten" }), el("dd", { tekst: (o.activiteiten || []).join(", ") || "—" }),
        el("dt", { tekst: "Risico / naleefgedrag" }), el("dd", { tekst: `${o.risicocategorie} / ${o.naleefgedrag}` }),
        o.opmerkingen && [el("dt", { tekst: "Opmerkingen" }), el("dd", { tekst: o.opmerkingen })]]),
  );
  if (conflicten.length) { wortel.append(conflictBlok(conflicten, checklist, ctx)); }

  const vragenOpId = new Map();
  const vorm = el("form", { class: "checklist", "aria-label": "Checklist " + checklist.naam });
  vorm.addEventListener("submit", (e) => e.preventDefault());
  for (const sectie of checklist.secties) {
    const blok = el("section", { class: "sectie" }, el("h3", { tekst: sectie.titel }));
    for (const v of sectie.vragen) {
      vragenOpId.set(v.id, v);
      blok.append(vraagBlok(v, antwoorden.get(v.id), fotos.filter((f) => f.vraag === v.id), controle, afgerond, ctx,
        () => zichtbaarheid(vorm, vragenOpId)));
    }
    vorm.append(blok);
  }
  wortel.append(el("p", { tekst: `Checklist: ${checklist.naam} (versie ${checklist.versie})`, class: "klein" }), vorm);
  zichtbaarheid(vorm, vragenOpId);
  wortel.append(afrondBlok(controle, afronden, afgerond, vorm, vragenOpId, ctx));
}

export function statusTekst(controle, afronden) {
  if (controle.rapport) { return controle.status_label + " — bezoekrapport gemaakt"; }
  if (afronden && !afronden.klaar) { return "Afgerond op dit apparaat — wacht op synchronisatie"; }
  return controle.status_label;
}

function huidigAntwoord(vorm, v) {
  const blok = vorm.querySelector(`[data-vraag="${v.id}"]`);
  if (!blok) { return ""; }
  if (v.type === "janee") { return gekozenWaarde(blok, `antwoord-${v.id}`); }
  const veld = blok.querySelector(`#antwoord-${v.id}`);
  return veld ? veld.value : "";
}

function zichtbaarheid(vorm, vragenOpId) {
  const zichtbaar = new Set();
  for (const v of vragenOpId.values()) {
    const ouder = v.toon_als_vraag;
    const toon = !ouder || (zichtbaar.has(ouder) && huidigAntwoord(vorm, vragenOpId.get(ouder)) === v.toon_als_antwoord);
    if (toon) { zichtbaar.add(v.id); }
    vorm.querySelector(`[data-vraag="${v.id}"]`).hidden = !toon;
  }
  return zichtbaar;
}

function vraagBlok(v, antwoord, fotos, controle, afgerond, ctx, herbereken) {
  const a = antwoord || {};
  const blok = el("div", { class: "vraag", "data-vraag": v.id });
  const opslaan = async (bron) => {
    if (v.type === "janee" && bron === "antwoord" && v.norm) {
      const waarde = gekozenWaarde(blok, `antwoord-${v.id}`);
      const oordeel = waarde === "nvt" ? "nvt" : waarde === v.norm ? "voldoet" : "voldoet_niet";
      const r = blok.querySelector(`#oordeel-${v.id}-${oordeel}`);
      if (r) { r.checked = true; }
    }
    await bewaarAntwoord(blok, v, controle, ctx);
    herbereken();
  };
  let invoer = null;
  if (v.type === "janee") {
    invoer = radios(`antwoord-${v.id}`, JANEE, a.antwoord, "Antwoord", () => opslaan("antwoord"));
  } else if (v.type === "getal" || v.type === "tekst" || v.type === "keuze") {
    const id = `antwoord-${v.id}`;
    const label = el("label", { for: id, tekst: "Antwoord" + (v.eenheid ? ` (${v.eenheid})` : "") });
    let veld;
    if (v.type === "keuze") {
      veld = el("select", { id, onchange: () => opslaan("antwoord") }, el("option", { value: "", tekst: "— kies —" }),
        v.keuzes.map((k) => el("option", { value: k, tekst: k, selected: a.antwoord === k })));
    } else if (v.type === "getal") {
      veld = el("input", { id, type: "number", step: "any", inputmode: "decimal", value: a.antwoord || "", onchange: () => opslaan("antwoord") });
    } else {
      veld = el("textarea", { id, rows: "2", onchange: () => opslaan("antwoord") });
      veld.value = a.antwoord || "";
    }
    invoer = el("p", {}, label, veld);
  }
  const toelichtingId = `toelichting-${v.id}`;
  const toelichting = el("textarea", { id: toelichtingId, rows: "2", onchange: () => opslaan("toelichting") });
  toelichting.value = a.toelichting || "";
  const fotoId = `foto-${v.id}`;
  const fotoLijst = el("ul", { class: "fotos" }, fotos.map(fotoItem));
  blok.append(el("fieldset", { disabled: afgerond },
    el("legend", {}, el("strong", { tekst: v.code + " " }), v.tekst),
    v.grondslag && el("p", { class: "klein", tekst: "Grondslag: " + v.grondslag }),
    v.toelichting && el("p", { class: "klein", tekst: v.toelichting }),
    invoer,
    radios(`oordeel-${v.id}`, OORDELEN, a.oordeel, "Oordeel", () => opslaan("oordeel")),
    el("p", {}, el("label", { for: toelichtingId, tekst: "Toelichting" }), toelichting),
    el("p", {}, el("label", { for: fotoId, tekst: `Foto toevoegen${v.foto_verplicht ? " (verplicht)" : ""}` }),
      el("input", { id: fotoId, type: "file", accept: "image/*", capture: "environment",
        onchange: async (e) => { await bewaarFotos(e.target.files, v, controle, fotoLijst, ctx); e.target.value = ""; } })),
    fotoLijst,
    el("p", { class: "vraag-status klein", role: "status", tekst: a.fout ? "Fout: " + a.fout : a.conflict ? "Conflict — zie boven" : "" }),
  ));
  return blok;
}

function fotoItem(f) {
  return el("li", {}, el("img", { src: URL.createObjectURL(f.blob), alt: `Foto ${f.naam}`, width: "96" }),
    el("span", { class: "klein", "data-foto": f.client_id, tekst: f.voltooid ? " verstuurd" : " nog niet verstuurd" }));
}

async function bewaarAntwoord(blok, v, controle, ctx) {
  const bestaand = (await db.byControle("antwoorden", controle.id)).find((a) => a.vraag === v.id);
  const rec = bestaand || { client_id: uuid(), controle: controle.id, vraag: v.id, basis_versie: null, wijziging: 0 };
  rec.antwoord = v.type === "janee" ? gekozenWaarde(blok, `antwoord-${v.id}`)
    : v.type === "foto" ? "" : (blok.querySelector(`#antwoord-${v.id}`) || { value: "" }).value;
  rec.oordeel = gekozenWaarde(blok, `oordeel-${v.id}`);
  rec.toelichting = blok.querySelector(`#toelichting-${v.id}`).value;
  rec.vastgelegd_op = new Date().toISOString();
  rec.wijziging = (rec.wijziging || 0) + 1;
  rec.gesynchroniseerd = false;
  await db.put("antwoorden", rec);
  ctx.gewijzigd();
}

async function bewaarFotos(bestanden, v, controle, lijst, ctx) {
  for (const bestand of bestanden) {
    const plek = await positie();
    const rec = { client_id: uuid(), controle: controle.id, vraag: v.id, blob: bestand, naam: bestand.name || "foto.jpg",
      type: bestand.type || "image/jpeg", grootte: bestand.size, sha256: await sha256(bestand),
      tijdstip: new Date().toISOString(), lat: plek && plek.lat, lon: plek && plek.lon,
      nauwkeurigheid: plek && plek.nauwkeurigheid, ontvangen: 0, voltooid: false, geregistreerd: false };
    await db.put("fotos", rec);
    lijst.append(fotoItem(rec));
  }
  ctx.gewijzigd();
}

function afrondBlok(controle, afronden, afgerond, vorm, vragenOpId, ctx) {
  const opm = el("textarea", { id: "opmerkingen", rows: "3", disabled: afgerond });
  opm.value = (afronden && afronden.opmerkingen) || controle.opmerkingen || "";
  const melding = el("p", { id: "afrond-melding", role: "alert", tekst: (afronden && afronden.fout) || "" });
  const knop = el("button", { type: "button", class: "primair", disabled: afgerond, tekst: "Controle afronden",
    onclick: async () => {
      const zichtbaar = zichtbaarheid(vorm, vragenOpId);
      const fotos = await db.byControle("fotos", controle.id);
      const ontbreekt = [...vragenOpId.values()].filter((v) => zichtbaar.has(v.id) && v.foto_verplicht
        && !fotos.some((f) => f.vraag === v.id));
      if (ontbreekt.length) {
        melding.textContent = "Voeg eerst een foto toe bij: " + ontbreekt.map((v) => v.code).join(", ") + ".";
        return;
      }
      await db.put("afronden", { controle: controle.id, opmerkingen: opm.value, klaar: false });
      ctx.gewijzigd();
      ctx.opnieuw();
    } });
  return el("section", { class: "afronden" }, el("h3", { tekst: "Afronden" }),
    el("p", {}, el("label", { for: "opmerkingen", tekst: "Algemene opmerkingen voor het bezoekrapport" }), opm),
    knop, melding);
}

function conflictBlok(conflicten, checklist, ctx) {
  const tekst = (c) => [c.antwoord, c.oordeel && c.oordeel.replace("_", " "), c.toelichting].filter(Boolean).join(" — ") || "leeg";
  const vraagCode = (id) => { for (const s of checklist.secties) { for (const v of s.vragen) { if (v.id === id) { return v.code; } } } return id; };
  return el("section", { class: "conflicten", role: "alert" }, el("h3", { tekst: "Conflicten (niet overschreven)" }),
    conflicten.map((c) => el("div", { class: "conflict" },
      el("p", { tekst: `Vraag ${vraagCode(c.vraag)}: op de server staat "${tekst(c.server)}", op dit apparaat "${tekst(c.client)}".` }),
      el("button", { type: "button", onclick: () => ctx.losOp(c, "client"), tekst: "Mijn versie gebruiken" }), " ",
      el("button", { type: "button", onclick: () => ctx.losOp(c, "server"), tekst: "Serverversie houden" }))));
}

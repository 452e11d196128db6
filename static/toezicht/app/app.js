// Entry point of the offline toezicht app: loads the day's planning (from the server when
// online, from IndexedDB otherwise), shows a controle, and keeps the sync indicator current.
import * as db from "./db.js";
import { statusTekst, toonControle } from "./checklist.js";
import { AanmeldFout, synchroniseer, verzoek } from "./sync.js";
import { el, leeg } from "./ui.js";

const wortel = document.getElementById("app-inhoud");
const CHUNK = Number(wortel.dataset.chunkKb || 256) * 1024;
const netstatus = document.getElementById("netstatus");
const syncstatus = document.getElementById("syncstatus");
const voortgang = document.getElementById("sync-voortgang");
let planning = null;
let syncTimer = null;

async function werkIndicatorBij() {
  const n = await db.aantalOnverzonden();
  const conflicten = (await db.all("conflicten")).length;
  syncstatus.textContent = (n ? `Nog niet gesynchroniseerd: ${n}` : "Alles is gesynchroniseerd")
    + (conflicten ? ` — conflicten: ${conflicten}` : "");
  syncstatus.dataset.open = String(n);
  netstatus.textContent = navigator.onLine ? "Online" : "Offline — wijzigingen worden op dit apparaat bewaard";
}

async function verwerkControle(data) {
  if (!planning) { return; }
  const i = planning.controles.findIndex((c) => c.id === data.id);
  if (i >= 0) { planning.controles[i] = data; await db.put("planning", planning); }
}

async function sync() {
  try {
    await synchroniseer({ chunk: CHUNK, melding: (t) => { voortgang.textContent = t; }, naVerwerking: verwerkControle });
    if (navigator.onLine) { await ververs(); }
  } catch (e) {
    voortgang.textContent = e instanceof AanmeldFout ? e.message : "Synchroniseren lukt nu niet; het wordt later opnieuw geprobeerd.";
  }
  await werkIndicatorBij();
  await toon({ zacht: true });
}

function planSync() {
  clearTimeout(syncTimer);
  syncTimer = setTimeout(sync, 800);
}

// Server answers become local records, unless this device has its own version of that answer.
async function neemServerstandOver(controles) {
  for (const c of controles) {
    const lokaal = await db.byControle("antwoorden", c.id);
    for (const b of c.bevindingen) {
      const eigen = lokaal.find((a) => a.vraag === b.vraag);
      if (eigen && !eigen.gesynchroniseerd) { continue; }
      await db.put("antwoorden", { client_id: eigen ? eigen.client_id : b.client_id, controle: c.id, vraag: b.vraag,
        antwoord: b.antwoord, oordeel: b.oordeel, toelichting: b.toelichting, basis_versie: b.versie,
        wijziging: eigen ? eigen.wijziging : 0, gesynchroniseerd: true });
    }
    const open = new Set(c.conflicten.map((k) => k.id));
    for (const k of (await db.all("conflicten")).filter((k) => k.controle === c.id && !open.has(k.id))) {
      await db.remove("conflicten", k.id);
    }
  }
}

async function ververs() {
  const { status, data } = await verzoek("/dagplanning");
  if (status !== 200) { return; }
  // A copy served from the service worker's cache may be older than what we already have.
  if (planning && planning.opgehaald_op && new Date(data.opgehaald_op) < new Date(planning.opgehaald_op)) { return; }
  await neemServerstandOver(data.controles);
  planning = { sleutel: "dag", ...data };
  await db.put("planning", planning);
  document.getElementById("offline-klaar").textContent =
    `Dagplanning van ${new Date(data.opgehaald_op).toLocaleString("nl-NL")} is opgeslagen voor offline gebruik.`;
}

async function losOp(conflict, keuze) {
  if (!navigator.onLine) { voortgang.textContent = "Voor het oplossen van een conflict is een verbinding nodig."; return; }
  const { status, data } = await verzoek(`/conflicten/${conflict.id}/oplossen`, { methode: "POST", json: { keuze } });
  if (status !== 200) { voortgang.textContent = (data && data.melding) || "Oplossen mislukt."; return; }
  await db.remove("conflicten", conflict.id);
  const rec = await db.get("antwoorden", conflict.client_id);
  if (rec) { rec.conflict = null; rec.gesynchroniseerd = true; await db.put("antwoorden", rec); }
  await verwerkControle(data);
  await neemServerstandOver([data]);
  await werkIndicatorBij();
  await toon();
}

async function toonLijst() {
  const sectie = el("section", { "aria-labelledby": "dag-kop" }, el("h2", { id: "dag-kop", tekst: "Controles van vandaag" }));
  if (!planning) {
    sectie.append(el("p", { tekst: "Nog geen dagplanning op dit apparaat. Maak verbinding om de controles op te halen." }));
  } else if (!planning.controles.length) {
    sectie.append(el("p", { tekst: "U heeft vandaag geen controles gepland." }));
  } else {
    sectie.append(el("ol", { class: "route" }, planning.controles.map((c) => el("li", {},
      el("a", { href: `#controle-${c.id}` }, el("strong", { tekst: c.object ? c.object.adres : c.omschrijving })),
      el("span", { class: "klein", tekst: ` ${c.zaak} — ${c.omschrijving} — ${c.rapport ? "bezoekrapport gemaakt" : c.status_label}` })))));
  }
  leeg(wortel).append(sectie);
}

async function toon(opties = {}) {
  const m = location.hash.match(/^#controle-(\d+)$/);
  const controle = m && planning && planning.controles.find((c) => c.id === Number(m[1]));
  if (!controle) { await toonLijst(); return; }
  if (opties.zacht && await werkControleBij(controle)) { return; }
  // Keep focus and scroll position when re-rendering the same controle after a sync.
  const focusId = document.activeElement && document.activeElement.id;
  const scroll = window.scrollY;
  await toonControle(wortel, controle, planning.checklists[String(controle.checklistversie)], {
    gewijzigd: async () => { await werkIndicatorBij(); planSync(); },
    opnieuw: toon, losOp,
  });
  if (focusId && document.getElementById(focusId)) { document.getElementById(focusId).focus({ preventScroll: true }); }
  window.scrollTo(0, scroll);
}

// After a sync the open form is not rebuilt (that would discard text being typed); only the
// status lines change, unless a new conflict needs the user's attention.
async function werkControleBij(controle) {
  const status = document.getElementById("controle-status");
  if (!status || Number(status.dataset.controle) !== controle.id) { return false; }
  const conflicten = (await db.all("conflicten")).filter((c) => c.controle === controle.id);
  if (conflicten.length !== document.querySelectorAll(".conflict").length) { return false; }
  const afronden = await db.get("afronden", controle.id);
  status.textContent = statusTekst(controle, afronden);
  const melding = document.getElementById("afrond-melding");
  if (melding && afronden && afronden.fout) { melding.textContent = afronden.fout; }
  for (const f of await db.byControle("fotos", controle.id)) {
    const s = document.querySelector(`[data-foto="${f.client_id}"]`);
    if (s) { s.textContent = f.voltooid ? " verstuurd" : " nog niet verstuurd"; }
  }
  for (const a of await db.byControle("antwoorden", controle.id)) {
    const s = document.querySelector(`[data-vraag="${a.vraag}"] .vraag-status`);
    if (s) { s.textContent = a.fout ? "Fout: " + a.fout : ""; }
  }
  return true;
}

async function registreerServiceWorker() {
  if (!("serviceWorker" in navigator)) { return; }
  await navigator.serviceWorker.register("/toezicht/app/sw.js", { scope: "/toezicht/app/" });
  await navigator.serviceWorker.ready;
  if (!navigator.serviceWorker.controller) {
    await new Promise((r) => navigator.serviceWorker.addEventListener("controllerchange", r, { once: true }));
  }
}

async function start() {
  planning = (await db.get("planning", "dag")) || null;
  await werkIndicatorBij();
  await toon();
  window.addEventListener("hashchange", toon);
  window.addEventListener("online", () => { werkIndicatorBij(); sync(); });
  window.addEventListener("offline", werkIndicatorBij);
  document.getElementById("sync-nu").addEventListener("click", sync);
  setInterval(async () => { if (navigator.onLine && (await db.aantalOnverzonden())) { sync(); } }, 10000);
  try { await registreerServiceWorker(); } catch (e) { /* without a service worker the app still works online */ }
  if (navigator.onLine) { await sync(); }
  document.body.dataset.klaar = "1";
}

start();

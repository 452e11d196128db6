// Sends what is queued in IndexedDB: answers (idempotent per client_id), photos in chunks
// (resumable from the offset the server reports), then "afronden". Records are marked done
// only after the server confirmed them, so an interrupted sync simply continues next time.
import * as db from "./db.js";

const API = "/toezicht/api";
let bezig = false;

export class AanmeldFout extends Error {}

function csrf() {
  const m = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
  return m ? decodeURIComponent(m[1]) : "";
}

export async function verzoek(pad, { methode = "GET", json, body, headers = {} } = {}) {
  const opties = { method: methode, credentials: "same-origin", headers: { "X-CSRFToken": csrf(), ...headers } };
  if (json !== undefined) { opties.body = JSON.stringify(json); opties.headers["Content-Type"] = "application/json"; }
  if (body !== undefined) { opties.body = body; }
  const r = await fetch(API + pad, opties);
  if (r.redirected || r.status === 401 || (r.status === 403 && !(r.headers.get("content-type") || "").includes("json"))) {
    throw new AanmeldFout("U bent niet meer ingelogd. Log opnieuw in; uw gegevens blijven bewaard op dit apparaat.");
  }
  let data = null;
  try { data = await r.json(); } catch (e) { data = null; }
  if (r.status === 403) { throw new AanmeldFout((data && data.detail) || "Geen toegang."); }
  return { status: r.status, data };
}

async function verstuurAntwoorden() {
  const open = (await db.all("antwoorden")).filter((a) => !a.gesynchroniseerd && !a.conflict);
  if (!open.length) { return; }
  const verzonden = new Map(open.map((a) => [a.client_id, a.wijziging]));
  const { status, data } = await verzoek("/bevindingen", { methode: "POST", json: { bevindingen: open.map((a) => ({
    controle: a.controle, client_id: a.client_id, vraag: a.vraag, basis_versie: a.basis_versie,
    antwoord: a.antwoord, oordeel: a.oordeel, toelichting: a.toelichting, vastgelegd_op: a.vastgelegd_op,
  })) } });
  if (status !== 200 && status !== 409) { throw new Error("De server kon de antwoorden niet verwerken (" + status + ")."); }
  const conflicten = new Map((data.conflicten || []).map((c) => [c.client_id, c]));
  for (const r of data.resultaten) {
    if (r.status === "toegepast" || r.status === "ongewijzigd") {
      await db.markeerGesynchroniseerd(r.client_id, verzonden.get(r.client_id), { basis_versie: r.versie, fout: "" });
    } else if (r.status === "conflict") {
      const c = conflicten.get(r.client_id);
      const rec = await db.get("antwoorden", r.client_id);
      rec.conflict = c.id;
      await db.put("antwoorden", rec);
      await db.put("conflicten", { ...c, controle: rec.controle });
    } else {
      const rec = await db.get("antwoorden", r.client_id);
      if (rec) { rec.fout = r.melding; await db.put("antwoorden", rec); }
    }
  }
}

async function verstuurFoto(foto, chunk, melding) {
  if (!foto.geregistreerd) {
    const { status, data } = await verzoek("/fotos", { methode: "POST", json: {
      controle: foto.controle, client_id: foto.client_id, vraag: foto.vraag, bestandsnaam: foto.naam,
      mimetype: foto.type, grootte: foto.grootte, sha256: foto.sha256, tijdstip: foto.tijdstip,
      lat: foto.lat, lon: foto.lon, nauwkeurigheid: foto.nauwkeurigheid } });
    if (status !== 201) { foto.fout = (data && data.melding) || "Foto geweigerd."; await db.put("fotos", foto); return; }
    foto.geregistreerd = true;
    foto.ontvangen = data.ontvangen;
    await db.put("fotos", foto);
  } else {
    const { data } = await verzoek("/fotos/" + foto.client_id);  // resume where the server is
    foto.ontvangen = data.ontvangen;
  }
  while (foto.ontvangen < foto.grootte) {
    const deel = foto.blob.slice(foto.ontvangen, Math.min(foto.grootte, foto.ontvangen + chunk));
    const { status, data } = await verzoek("/fotos/" + foto.client_id + "?offset=" + foto.ontvangen, {
      methode: "PUT", body: deel, headers: { "Content-Type": "application/octet-stream" } });
    if (status !== 200 && status !== 409) { throw new Error("Foto versturen mislukt (" + status + ")."); }
    foto.ontvangen = data.ontvangen;
    await db.put("fotos", foto);
    melding("Foto " + foto.naam + ": " + Math.round((100 * foto.ontvangen) / foto.grootte) + "% verstuurd");
  }
  const { status, data } = await verzoek("/fotos/" + foto.client_id + "/voltooien", { methode: "POST" });
  if (status === 200) { foto.voltooid = true; foto.fout = ""; }
  else { foto.ontvangen = (data && data.ontvangen) || 0; foto.fout = (data && data.melding) || ""; }
  await db.put("fotos", foto);
}

async function verstuurAfronden(naVerwerking) {
  for (const a of (await db.all("afronden")).filter((x) => !x.klaar)) {
    const nogOpen = (await db.byControle("antwoorden", a.controle)).some((x) => !x.gesynchroniseerd)
      || (await db.byControle("fotos", a.controle)).some((x) => !x.voltooid);
    if (nogOpen) { continue; }
    const { status, data } = await verzoek("/controles/" + a.controle + "/afronden", { methode: "POST",
      json: { opmerkingen: a.opmerkingen } });
    if (status === 200) { a.klaar = true; a.fout = ""; await db.put("afronden", a); await naVerwerking(data); }
    else { a.fout = (data && data.melding) || "Afronden mislukt (" + status + ")."; await db.put("afronden", a); }
  }
}

export async function synchroniseer({ chunk, melding, naVerwerking }) {
  if (bezig || !navigator.onLine) { return false; }
  bezig = true;
  try {
    melding("Bezig met synchroniseren…");
    await verstuurAntwoorden();
    for (const foto of (await db.all("fotos")).filter((f) => !f.voltooid)) { await verstuurFoto(foto, chunk, melding); }
    await verstuurAfronden(naVerwerking);
    melding("");
    return true;
  } finally {
    bezig = false;
  }
}

// IndexedDB: the day's data and everything not yet synced. Every write is its own
// transaction, so closing the app or losing the network never loses a saved answer.
const NAAM = "clo-toezicht";
const VERSIE = 1;
let dbBelofte = null;

export function open() {
  if (dbBelofte) { return dbBelofte; }
  dbBelofte = new Promise((resolve, reject) => {
    const verzoek = indexedDB.open(NAAM, VERSIE);
    verzoek.onupgradeneeded = () => {
      const db = verzoek.result;
      db.createObjectStore("planning", { keyPath: "sleutel" });          // dagplanning + checklists
      const a = db.createObjectStore("antwoorden", { keyPath: "client_id" });
      a.createIndex("controle", "controle");
      const f = db.createObjectStore("fotos", { keyPath: "client_id" });
      f.createIndex("controle", "controle");
      db.createObjectStore("afronden", { keyPath: "controle" });
      db.createObjectStore("conflicten", { keyPath: "id" });
    };
    verzoek.onsuccess = () => resolve(verzoek.result);
    verzoek.onerror = () => reject(verzoek.error);
  });
  return dbBelofte;
}

function alsBelofte(verzoek) {
  return new Promise((resolve, reject) => {
    verzoek.onsuccess = () => resolve(verzoek.result);
    verzoek.onerror = () => reject(verzoek.error);
  });
}

async function store(naam, modus) {
  const db = await open();
  return db.transaction(naam, modus).objectStore(naam);
}

export async function get(naam, sleutel) { return alsBelofte((await store(naam, "readonly")).get(sleutel)); }
export async function all(naam) { return alsBelofte((await store(naam, "readonly")).getAll()); }
export async function byControle(naam, controle) {
  return alsBelofte((await store(naam, "readonly")).index("controle").getAll(controle));
}
export async function put(naam, waarde) {
  const db = await open();
  return new Promise((resolve, reject) => {
    const tx = db.transaction(naam, "readwrite");
    tx.objectStore(naam).put(waarde);
    tx.oncomplete = () => resolve(waarde);   // durable once the transaction completed
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}
export async function remove(naam, sleutel) {
  const db = await open();
  return new Promise((resolve, reject) => {
    const tx = db.transaction(naam, "readwrite");
    tx.objectStore(naam).delete(sleutel);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

// Updates a record only if it is unchanged since `wijziging` was read: an answer edited
// while its previous version was being sent stays pending.
export async function markeerGesynchroniseerd(client_id, wijziging, velden) {
  const db = await open();
  return new Promise((resolve, reject) => {
    const tx = db.transaction("antwoorden", "readwrite");
    const s = tx.objectStore("antwoorden");
    const r = s.get(client_id);
    r.onsuccess = () => {
      const rec = r.result;
      if (!rec) { return; }
      Object.assign(rec, velden);
      if (rec.wijziging === wijziging) { rec.gesynchroniseerd = true; }
      s.put(rec);
    };
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

export async function aantalOnverzonden() {
  const [antwoorden, fotos, afronden] = await Promise.all([all("antwoorden"), all("fotos"), all("afronden")]);
  return antwoorden.filter((a) => !a.gesynchroniseerd && !a.conflict).length
    + fotos.filter((f) => !f.voltooid).length
    + afronden.filter((a) => !a.klaar).length;
}

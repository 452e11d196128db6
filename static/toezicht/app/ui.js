// Tiny DOM helpers: build elements without innerHTML, so server data is never parsed as HTML.
export function el(tag, attrs = {}, ...kinderen) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) { continue; }
    if (k === "tekst") { e.textContent = v; }
    else if (k.startsWith("on")) { e.addEventListener(k.slice(2), v); }
    else if (v === true) { e.setAttribute(k, ""); }
    else { e.setAttribute(k, v); }
  }
  for (const k of kinderen.flat()) {
    if (k === null || k === undefined || k === false) { continue; }
    e.append(k instanceof Node ? k : document.createTextNode(String(k)));
  }
  return e;
}

export function leeg(e) { while (e.firstChild) { e.firstChild.remove(); } return e; }

export function uuid() {
  if (crypto.randomUUID) { return crypto.randomUUID(); }
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40; b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export async function sha256(blob) {
  const hash = await crypto.subtle.digest("SHA-256", await blob.arrayBuffer());
  return [...new Uint8Array(hash)].map((x) => x.toString(16).padStart(2, "0")).join("");
}

export function positie() {
  return new Promise((resolve) => {
    if (!navigator.geolocation) { resolve(null); return; }
    navigator.geolocation.getCurrentPosition(
      (p) => resolve({ lat: p.coords.latitude, lon: p.coords.longitude, nauwkeurigheid: p.coords.accuracy }),
      () => resolve(null), { timeout: 5000, maximumAge: 60000, enableHighAccuracy: true });
  });
}

// The one way this page makes elements. Text goes in as text nodes (never innerHTML): article sentences, titles,
// outlets and entity names come from the open web and may contain markup meant to run.
export function el(tag, props, ...children) {
  const e = document.createElement(tag);
  if (props) {
    for (const [k, v] of Object.entries(props)) {
      if (v == null || v === false) continue;
      if (k === "text") e.textContent = v;
      else if (k === "class") e.className = v;
      else if (k === "dataset") Object.assign(e.dataset, v);
      else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
      else if (k in e && typeof v !== "string") e[k] = v;
      else e.setAttribute(k, v === true ? "" : v);
    }
  }
  for (const c of children.flat()) if (c != null && c !== false) e.append(c);
  return e;
}

export const SVG = "http://www.w3.org/2000/svg";

// A number that must keep its reading order inside right-to-left text ("≥40" would otherwise show as "40≤").
export function ltr(text) {
  return el("bdi", { dir: "ltr", text: String(text) });
}

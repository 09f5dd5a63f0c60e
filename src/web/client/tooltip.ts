// Tooltips for annotation marks (the WAI-ARIA tooltip pattern): each described element points
// at its own role=tooltip element with aria-describedby, so a screen reader reads the
// description on focus; the tooltip is shown beside the element on hover and on focus, and
// Escape hides it. The tooltips live in one layer outside the article text, so the text's
// content stays exactly the article's.

import { append, h, joined } from "./dom.js";

let layer: HTMLElement | null = null;
let shown: HTMLElement | null = null;
let count = 0;

function tipLayer(): HTMLElement {
  if (!layer) {
    layer = document.createElement("div");
    layer.className = "tips";
    document.body.appendChild(layer);
  }
  return layer;
}

/**
 * Gives `targets` (the fragments of one annotation) a tooltip: the parts joined by « · », each
 * isolated so Latin codes and Arabic names keep their order, the rule name last, left to right.
 */
export function describe(targets: readonly HTMLElement[], parts: readonly string[], rule?: string): void {
  const tip = document.createElement("div");
  tip.id = `tip-${++count}`;
  tip.setAttribute("role", "tooltip");
  tip.className = "tip";
  tip.hidden = true;
  const isolated = parts.map((part) => h("bdi", null, part));
  if (rule) isolated.push(h("bdi", { dir: "ltr", class: "rule" }, rule));
  append(tip, joined(isolated, " · "));
  tipLayer().appendChild(tip);
  for (const target of targets) target.setAttribute("aria-describedby", tip.id);
}

/** Removes the tooltips of the page being left. */
export function clearTooltips(): void {
  hide();
  layer?.replaceChildren();
}

function hide(): void {
  if (shown) shown.hidden = true;
  shown = null;
}

function show(target: Element): void {
  const tip = document.getElementById(target.getAttribute("aria-describedby") ?? "");
  if (tip?.getAttribute("role") !== "tooltip") return;
  if (shown !== tip) hide();
  tip.hidden = false;
  shown = tip;
  const box = target.getBoundingClientRect();
  const page = document.documentElement.clientWidth;
  const width = tip.offsetWidth;
  // Right-aligned under the mark (the start side in Arabic), kept inside the page.
  const left = Math.min(Math.max(4, box.right - width), page - width - 4);
  tip.style.left = `${left + window.scrollX}px`;
  tip.style.top = `${box.bottom + window.scrollY + 6}px`;
}

const described = (event: Event) =>
  event.target instanceof Element ? event.target.closest("[aria-describedby^='tip-']") : null;

export function installTooltips(): void {
  document.addEventListener("pointerover", (event) => {
    const target = described(event);
    if (target) show(target);
  });
  document.addEventListener("pointerout", (event) => {
    if (described(event) && document.activeElement !== described(event)) hide();
  });
  document.addEventListener("focusin", (event) => {
    const target = described(event);
    if (target) show(target);
    else hide();
  });
  document.addEventListener("focusout", hide);
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") hide();
  });
}

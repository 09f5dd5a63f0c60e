// The timeline's date axis: each item spans the period its date names, plans in a lane of their
// own; the scrubber (drag, or arrow keys from item to item) brings the nearest item into view.
import { date, h, href, num } from "../dom.js";
import type { TimelineItem } from "../types.js";

type Filters = Record<string, string>;
const DAY = 86_400_000;
const calm = matchMedia("(prefers-reduced-motion: reduce)");

/** The period a date names, as [start, end) in ms. */
function period(value: string): [number, number] {
  const [y = 1970, m, d] = value.split("-").map(Number);
  if (d !== undefined) return [Date.UTC(y, m! - 1, d), Date.UTC(y, m! - 1, d + 1)];
  if (m !== undefined) return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1)];
  return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1)];
}

export function axis(items: TimelineItem[], list: HTMLElement, filters: Filters): HTMLElement {
  const spans = items.map((item) => period(item.value));
  const min = Math.min(...spans.map(([start]) => start));
  const max = Math.max(...spans.map(([, end]) => end));
  const total = max - min || DAY;
  const at = (t: number) => ((t - min) / total) * 100;
  const rows = list.children;
  const lanes = { report: h("div", { class: "lane" }), plan: h("div", { class: "lane plan" }) };
  const markers = items.map((item, i) => {
    const [start, end] = spans[i]!;
    const marker = h("span", { class: `tl-mark ${item.granularity ?? "day"}`, title: `${item.value} — ${item.text}` });
    marker.style.insetInlineStart = `${at(start)}%`;
    marker.style.width = `${Math.max(at(end) - at(start), 0)}%`;
    marker.addEventListener("click", () => select(i, true));
    (item.plan ? lanes.plan : lanes.report).append(marker);
    return marker;
  });

  const scrubber = h("input", {
    type: "range",
    class: "scrubber",
    min: 0,
    max: Math.round(total / DAY),
    step: 1,
    value: 0,
    "aria-label": "تنقّل على محور الزمن",
  });
  const readout = h("output", { class: "readout" });
  let selected = -1;
  function select(index: number, scroll: boolean): void {
    markers[selected]?.classList.remove("current");
    rows[selected]?.classList.remove("current");
    selected = index;
    const item = items[index]!;
    markers[index]!.classList.add("current");
    rows[index]!.classList.add("current");
    scrubber.value = String(Math.round((spans[index]![0] - min) / DAY));
    scrubber.setAttribute("aria-valuetext", `${item.value}: ${item.sentence.text.slice(0, 80)}`);
    readout.replaceChildren(date(item.value), ` — ${num(index + 1)} من ${num(items.length)}`);
    if (scroll) rows[index]!.scrollIntoView({ block: "center", behavior: calm.matches ? "auto" : "smooth" });
  }
  const nearest = (t: number) => {
    let best = 0;
    for (let i = 1; i < spans.length; i++) if (Math.abs(spans[i]![0] - t) < Math.abs(spans[best]![0] - t)) best = i;
    return best;
  };
  scrubber.addEventListener("input", () => select(nearest(min + Number(scrubber.value) * DAY), true));
  scrubber.addEventListener("keydown", (event) => {
    // Items, not days: the arrows step from one dated sentence to the next, in reading direction.
    const step: Record<string, number> = { ArrowLeft: 1, ArrowUp: 1, ArrowRight: -1, ArrowDown: -1 };
    const target =
      event.key === "Home"
        ? 0
        : event.key === "End"
          ? items.length - 1
          : step[event.key] === undefined
            ? null
            : Math.min(items.length - 1, Math.max(0, Math.max(selected, 0) + step[event.key]!));
    if (target === null) return;
    event.preventDefault();
    select(target, true);
  });
  select(0, false);

  return h(
    "figure",
    { class: "axis-figure" },
    h("figcaption", { class: "visually-hidden" }, "محور زمني للجمل المؤرخة: الوقائع في الصف الأول والخطط في الثاني"),
    h(
      "div",
      { class: "axis", "aria-hidden": "true" },
      h("span", { class: "lane-label" }, "وقائع"),
      lanes.report,
      h("span", { class: "lane-label" }, "خطط"),
      lanes.plan,
      h("span", null),
      ticks(min, max, at, filters),
    ),
    h("div", { class: "scrub-row" }, scrubber, readout),
  );
}

/** Year ticks (months when the span is short), each narrowing the timeline to its period. */
function ticks(min: number, max: number, at: (t: number) => number, filters: Filters): HTMLElement {
  const row = h("div", { class: "ticks" });
  const first = new Date(min);
  const last = new Date(max - 1);
  const years = last.getUTCFullYear() - first.getUTCFullYear();
  const add = (t: number, label: string, value: string) => {
    const tick = h(
      "a",
      { class: "tick", href: href("timeline", { ...filters, from: value, to: value }), tabindex: -1 },
      label,
    );
    tick.style.insetInlineStart = `${at(t)}%`;
    row.append(tick);
  };
  if (years < 2) {
    const months = years * 12 + last.getUTCMonth() - first.getUTCMonth();
    const every = Math.ceil((months + 1) / 12);
    for (let i = 0; i <= months; i += every) {
      const d = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + i, 1));
      const value = d.toISOString().slice(0, 7);
      add(Math.max(d.getTime(), min), value, value);
    }
  } else {
    const every = Math.ceil((years + 1) / 10);
    for (let y = first.getUTCFullYear(); y <= last.getUTCFullYear(); y += every) {
      add(Math.max(Date.UTC(y, 0, 1), min), String(y), String(y));
    }
  }
  return row;
}

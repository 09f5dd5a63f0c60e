// Building the page from data without ever parsing data as HTML: strings become text nodes,
// attributes are set one by one, and hrefs are only ever built by `href` from route parts.

export type Child = Node | string | number | null | undefined | false | readonly Child[];
type Handler = (event: Event) => void;
export type Attrs = Record<string, string | number | boolean | null | undefined | Handler>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs?: Attrs | null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === "function") el.addEventListener(name.slice(2), value);
    else el.setAttribute(name, value === true ? "" : String(value));
  }
  append(el, children);
  return el;
}

export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else if (child instanceof Node) parent.appendChild(child);
    else parent.appendChild(document.createTextNode(String(child)));
  }
}

/** A hash route: #/PATH?QUERY, with empty parameters left out. */
export function href(path: string, params: Record<string, string | number | boolean | null | undefined> = {}): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== "") query.set(name, String(value));
  }
  const encoded = path
    .split("/")
    .map((part) => encodeURIComponent(part))
    .join("/");
  return `#/${encoded}${query.size > 0 ? `?${query}` : ""}`;
}

/** A value inserted into Arabic prose whose direction is its own (a Latin name, a date, a number). */
export const bdi = (value: Child) => h("bdi", null, value);

const numbers = new Intl.NumberFormat("ar-u-nu-latn");
export const num = (n: number) => numbers.format(n);

/** A date as the data gives it (YYYY, YYYY-MM or YYYY-MM-DD), isolated so it reads left to right. */
export const date = (value: string | null | undefined) =>
  value ? h("bdi", { class: "date", dir: "ltr" }, value) : h("span", { class: "muted" }, "بلا تاريخ");

/** `text` with the spans (offsets into a text that `text` starts at `offset` of) wrapped in <mark>. */
export function highlighted(text: string, spans: readonly { start: number; end: number }[], offset = 0): Child[] {
  const out: Child[] = [];
  let cursor = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const start = Math.max(cursor, span.start - offset);
    const end = Math.min(text.length, span.end - offset);
    if (end <= start) continue;
    out.push(text.slice(cursor, start), h("mark", null, text.slice(start, end)));
    cursor = end;
  }
  out.push(text.slice(cursor));
  return out;
}

/** A short status line (loading, empty, error) that screen readers announce. */
export const note = (text: string, kind: "muted" | "error" = "muted") =>
  h("p", { class: `note ${kind}`, role: kind === "error" ? "alert" : "status" }, text);

export const section = (title: string, ...children: Child[]) =>
  h("section", { class: "panel" }, h("h2", null, title), ...children);

/** The items with `separator` between them. */
export const joined = (items: readonly Child[], separator: Child): Child[] =>
  items.flatMap((item, i) => (i === 0 ? [item] : [separator, item]));

// An article's text with its annotations as nested inline elements. Annotations may nest (a
// name inside a quote) or cross (a time running past the end of a quote): a crossing one is cut
// at the boundary and continued after it, and only its first fragment takes keyboard focus.
// Every character of the text is inserted as a text node, so the page shows the text exactly.
import { h } from "./dom.js";
import { describe } from "./tooltip.js";

export interface Mark {
  start: number;
  end: number;
  /** Nesting order when two marks cover the same span: lower wraps higher. */
  rank: number;
  className: string;
  /** A link target (an entity's dossier); else the mark is a focusable span. */
  href?: string;
  /** What the mark is (the tooltip), and the rule that found it. */
  tip?: string[];
  rule?: string;
  /** Shown before the mark (a quote's speaker), from the stylesheet: not part of the text. */
  label?: string;
}

interface Piece {
  mark: Mark;
  start: number;
  end: number;
  continued: boolean;
}

const order = (a: Piece, b: Piece) => a.start - b.start || b.end - a.end || a.mark.rank - b.mark.rank;

export function annotatedText(text: string, marks: readonly Mark[]): HTMLElement {
  const fragments = new Map<Mark, HTMLElement[]>();
  const pieces = marks
    .filter((m) => m.start >= 0 && m.end <= text.length && m.start < m.end)
    .map((mark) => ({ mark, start: mark.start, end: mark.end, continued: false }))
    .sort(order);
  const root = h("div", { class: "article-text" });
  fill(root, pieces, 0, text.length);
  for (const [mark, elements] of fragments) if (mark.tip) describe(elements, mark.tip, mark.rule);
  return root;

  function fill(parent: HTMLElement, queue: Piece[], from: number, to: number): void {
    let cursor = from;
    while (queue.length > 0) {
      const piece = queue.shift()!;
      const start = Math.max(piece.start, cursor);
      if (start >= piece.end) continue;
      const inner: Piece[] = [];
      const rest: Piece[] = [];
      for (const other of queue) {
        if (other.start >= piece.end) rest.push(other);
        else if (other.end <= piece.end) inner.push(other);
        else {
          inner.push({ ...other, end: piece.end });
          rest.push({ ...other, start: piece.end, continued: true });
        }
      }
      parent.append(text.slice(cursor, start));
      const el = element(piece);
      fill(el, inner, start, piece.end);
      parent.append(el);
      cursor = piece.end;
      queue = rest.sort(order);
    }
    parent.append(text.slice(cursor, to));
  }

  function element({ mark, continued }: Piece): HTMLElement {
    const attrs = { class: `mark ${mark.className}${continued ? " continued" : ""}` };
    const el = mark.href ? h("a", { ...attrs, href: mark.href }) : h("span", attrs);
    if (!mark.href && !continued && mark.tip) el.tabIndex = 0;
    if (mark.href && continued) el.tabIndex = -1;
    if (mark.label && !continued) el.dataset.label = mark.label;
    const list = fragments.get(mark) ?? [];
    list.push(el);
    fragments.set(mark, list);
    return el;
  }
}

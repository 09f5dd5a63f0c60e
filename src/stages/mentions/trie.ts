// Why: names and titles run over several tokens (الولايات المتحدة الأميركية، الميجور جنرال), and
// a scan must find the longest one starting at each token in one walk. Keys are sequences of
// token norms, so lookups never build strings while scanning.
import type { Token } from "../../model.js";
import { tokenize } from "../../text/tokenize.js";

interface Node<T> {
  next: Map<string, Node<T>> | undefined;
  value: T | undefined;
}

/** Norms of the tokens of `phrase`, quotes dropped (a name matches with or without «»). */
export function phraseNorms(phrase: string): string[] {
  return tokenize(phrase)
    .filter((token) => !isQuote(token))
    .map((token) => token.norm);
}

const QUOTES = new Set(["«", "»", '"', "“", "”", "„", "‹", "›", "'"]);
export function isQuote(token: Token): boolean {
  return token.kind === "punct" && QUOTES.has(token.norm);
}

export class TokenTrie<T> {
  private readonly root: Node<T> = { next: new Map(), value: undefined };

  /** Adds `value` under the token norms; the first value added for a key stays. */
  add(norms: readonly string[], value: T): void {
    if (norms.length === 0) return;
    let node = this.root;
    for (const norm of norms) {
      node.next ??= new Map();
      let child = node.next.get(norm);
      if (!child) {
        child = { next: undefined, value: undefined };
        node.next.set(norm, child);
      }
      node = child;
    }
    node.value ??= value;
  }

  /** Updates (or creates) the value under `norms`. */
  update(norms: readonly string[], fn: (old: T | undefined) => T): void {
    let node = this.root;
    for (const norm of norms) {
      node.next ??= new Map();
      let child = node.next.get(norm);
      if (!child) {
        child = { next: undefined, value: undefined };
        node.next.set(norm, child);
      }
      node = child;
    }
    node.value = fn(node.value);
  }

  /** The norms keys start with. */
  firstNorms(): IterableIterator<string> {
    return this.root.next!.keys();
  }

  /**
   * The longest key matching `norms(i), norms(i+1)…` from token i: its value and the index
   * after its last token. `skip(k)` tokens (quotes) are passed over inside a match, never at
   * its ends. `first` replaces the norm of token i (a clitic-stripped form).
   */
  longest(
    count: number,
    norm: (k: number) => string,
    i: number,
    skip?: (k: number) => boolean,
    first?: string,
  ): { value: T; end: number } | undefined {
    let node = this.root.next!.get(first ?? norm(i));
    let value: T | undefined;
    let end = -1;
    let k = i + 1;
    while (node) {
      if (node.value !== undefined) {
        value = node.value;
        end = k;
      }
      if (!node.next) break;
      while (skip && k < count && skip(k)) k++;
      if (k >= count) break;
      node = node.next.get(norm(k));
      k++;
    }
    return value === undefined ? undefined : { value, end };
  }
}

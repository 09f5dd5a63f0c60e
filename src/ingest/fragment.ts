// Feeds often carry an article body as an HTML fragment («<p>…</p><p>…</p>»): its text, one
// paragraph per block element, entities decoded, scripts and styles left out. Unlike
// htmlToBlocks there is no page to find the content in: the fragment is the content.
import { Parser } from "htmlparser2";

const BLOCKS = new Set(["p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "figcaption"]);
const SKIPPED = new Set(["script", "style", "noscript", "template"]);
/** A tag the body opens with or holds: the body is markup, not plain text that mentions «<». */
const MARKUP = /<\/?(?:p|br|div|span|h[1-6]|li|ul|ol|strong|em|b|i|a|blockquote|figure|figcaption)\b[^>]*>/i;

export const looksLikeHtml = (text: string) => MARKUP.test(text);

/** The text of an HTML fragment, a line per block element. */
export function fragmentText(html: string): string {
  const out: string[] = [];
  let skipping = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIPPED.has(name)) skipping++;
        else if (BLOCKS.has(name)) out.push("\n");
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) skipping = Math.max(0, skipping - 1);
        else if (BLOCKS.has(name)) out.push("\n");
      },
      ontext(text) {
        if (skipping === 0) out.push(text);
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return out.join("");
}

// What a page gives the router: its content, its <title>, and hooks around its life on screen.

export interface View {
  /** The document title, before « — مرصد». */
  title: string;
  content: Node;
  /** Where keyboard focus goes when the page opens (default: its first heading). */
  focus?: HTMLElement;
  /** Runs once the content is in the document (for code that measures the page). */
  mounted?: () => void | Promise<void>;
  /** Runs when the page is left. */
  dispose?: () => void;
}

/** A page: the route's path parameters and query in, a view out. */
export type Page = (params: string[], query: URLSearchParams) => Promise<View>;

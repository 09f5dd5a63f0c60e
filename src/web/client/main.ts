// The workbench: a single page whose hash (#/search?q=…, #/article/ID …) names what is shown.
// Each navigation renders its page into <main>, sets the title, marks the current nav link and
// moves focus to the new page's heading so keyboard and screen-reader users follow the change.
import { ApiError } from "./api.js";
import { h, note } from "./dom.js";
import { articlePage } from "./pages/article.js";
import { entityPage } from "./pages/entity.js";
import { graphPage } from "./pages/graph.js";
import { searchPage } from "./pages/search.js";
import { storiesPage, storyPage } from "./pages/stories.js";
import { timelinePage } from "./pages/timeline.js";
import { clearTooltips, installTooltips } from "./tooltip.js";
import type { Page, View } from "./view.js";

const ROUTES: Record<string, Page> = {
  "": searchPage,
  search: searchPage,
  article: articlePage,
  entity: entityPage,
  timeline: timelinePage,
  graph: graphPage,
  stories: storiesPage,
  story: storyPage,
};

/** The nav section a route belongs to. */
const SECTION: Record<string, string> = { "": "search", article: "search", entity: "search", story: "stories" };

const main = document.getElementById("main")!;
let current: View | null = null;
let generation = 0;
// The first page keeps the browser's own start (Tab reaches the skip link first); later pages
// move focus to their heading, announcing the change.
let navigated = false;

function parse(hash: string): { name: string; params: string[]; query: URLSearchParams } {
  const [path = "", query = ""] = hash.replace(/^#\/?/, "").split("?", 2);
  const [name = "", ...params] = path.split("/").map((part) => decodeURIComponent(part));
  return { name, params, query: new URLSearchParams(query) };
}

async function render(): Promise<void> {
  if (location.hash && !location.hash.startsWith("#/")) return;
  const { name, params, query } = parse(location.hash);
  const mine = ++generation;
  const page = ROUTES[name];
  // The new page's tooltips are created while it is built, so the old ones go first.
  clearTooltips();
  main.setAttribute("aria-busy", "true");
  let view: View;
  try {
    if (!page) throw new ApiError(404, "NOT_FOUND", "لا صفحة بهذا العنوان");
    view = await page(params, query);
  } catch (error) {
    view = failure(error);
  }
  if (mine !== generation) return;
  current?.dispose?.();
  current = view;
  main.replaceChildren(view.content);
  main.removeAttribute("aria-busy");
  document.title = `${view.title} — مرصد`;
  for (const link of document.querySelectorAll<HTMLAnchorElement>("nav a[data-section]")) {
    if (link.dataset.section === (SECTION[name] ?? name)) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  await view.mounted?.();
  const focus = view.focus ?? main.querySelector<HTMLElement>("h1");
  if (focus && navigated) {
    if (!focus.hasAttribute("tabindex")) focus.tabIndex = -1;
    focus.focus({ preventScroll: true });
  }
  navigated = true;
  window.scrollTo(0, 0);
}

function failure(error: unknown): View {
  const missing = error instanceof ApiError && error.status === 404;
  const message =
    error instanceof ApiError
      ? `${error.message} (${error.code})`
      : "تعذّر الاتصال بالخادم. تأكد أن «marsad serve» يعمل ثم أعد المحاولة.";
  const title = missing ? "غير موجود" : "خطأ";
  return {
    title,
    content: h(
      "div",
      { class: "page" },
      h("h1", null, title),
      note(message, "error"),
      h("p", null, h("a", { href: "#/" }, "العودة إلى البحث")),
    ),
  };
}

// The skip link jumps to <main> without changing the hash, which names the page.
document.querySelector(".skip")?.addEventListener("click", (event) => {
  event.preventDefault();
  main.focus();
});
installTooltips();
window.addEventListener("hashchange", () => void render());
void render();

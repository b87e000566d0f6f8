// Where the customer is, so the agent sees it: the page's address and title, sent when the
// visitor session opens, when a conversation starts, and after each in-page navigation.

export interface Page {
  url: string;
  title: string;
}

/** The page the widget runs on, within the server's limits; nothing on a non-http(s) page. */
export function currentPage(): Page | undefined {
  if (!/^https?:$/.test(location.protocol)) return undefined;
  // The #fragment stays private: sign-in flows put tokens there, and it rarely names a page.
  let url = location.href.split('#')[0]!;
  // A huge query string is cut off whole; half a query would name a page that does not exist.
  if (url.length > 2048) url = (location.origin + location.pathname).slice(0, 2048);
  return { url, title: document.title.slice(0, 300) };
}

/** Where and in which language the visitor asks: the assistant answers from articles in it. */
export const visitorContext = () => ({ page: currentPage(), locale: navigator.language });

/**
 * Reports the page now (when the visitor is already known) and whenever a single-page app moves
 * to another address (pushState, replaceState, back and forward). Never throws into the page;
 * a report that fails is simply lost, the next one says where the customer is.
 */
export function trackPage(key: string, base: string, token: () => string | null) {
  let last: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const report = () => {
    const page = currentPage();
    const visitor = token();
    if (!page || !visitor || page.url === last) return;
    last = page.url;
    fetch(`${base}/api/widget/page`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-parley-key': key,
        authorization: `Visitor ${visitor}`,
      },
      body: JSON.stringify(page),
    }).catch(() => (last = undefined));
  };
  // Apps set the new title just after they change the address: wait for it.
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(report, 400);
  };
  try {
    for (const name of ['pushState', 'replaceState'] as const) {
      const original = history[name];
      history[name] = function (this: History, ...args: Parameters<History['pushState']>) {
        const result = original.apply(this, args);
        soon();
        return result;
      };
    }
    addEventListener('popstate', soon);
    report();
  } catch {
    // a host page that froze `history` still gets the widget, just without page reports
  }
}

import { useEffect, useState } from 'preact/hooks';

export const TABS = [
  'inbox',
  'cases',
  'callbacks',
  'feedback',
  'articles',
  'team',
  'settings',
] as const;
export type Tab = (typeof TABS)[number];

export const tabPath = (tab: Tab) => `/console/${tab}`;
export const conversationPath = (id: string) => `/console/conversations/${id}`;
/** /console/articles/new, /console/articles/import, /console/articles/:id; none: the list. */
export const articlePath = (sub?: string) => `/console/articles${sub ? `/${sub}` : ''}`;
/** /console/feedback/dashboard; none: the feedback screen itself. */
export const feedbackPath = (sub?: string) => `/console/feedback${sub ? `/${sub}` : ''}`;
/** /console/settings/insights; none: the settings themselves. */
export const settingsPath = (sub?: string) => `/console/settings${sub ? `/${sub}` : ''}`;

interface Place {
  tab: Tab;
  /** Set on /console/conversations/:id, which belongs to the inbox tab. */
  conversationId?: string;
  /** Set below /console/articles: "new", "import" or an article id. */
  article?: string;
  /** Set below /console/settings: a page of its own, such as "insights". */
  settingsPage?: string;
}

function placeFromLocation(): Place {
  const [segment, id] = location.pathname.replace(/^\/console\/?/, '').split('/');
  if (segment === 'conversations' && id) return { tab: 'inbox', conversationId: id };
  if (segment === 'articles' && id) return { tab: 'articles', article: id };
  if (segment === 'settings' && id) return { tab: 'settings', settingsPage: id };
  return { tab: TABS.find((t) => t === segment) ?? 'inbox' };
}

/** Moves to a console path from anywhere, as a link would; every useTab() hears of it. */
export function navigate(path: string) {
  if (path === location.pathname) return;
  history.pushState(null, '', path);
  dispatchEvent(new PopStateEvent('popstate'));
}

/** The current tab, from the path (/console/team); the server answers every /console path. */
export function useTab() {
  const [place, setPlace] = useState<Place>(placeFromLocation);
  useEffect(() => {
    const onPop = () => setPlace(placeFromLocation());
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);
  const move = (path: string) => {
    if (path !== location.pathname) history.pushState(null, '', path);
    setPlace(placeFromLocation());
  };
  const go = (next: Tab) => move(tabPath(next));
  /** Opens a conversation, or with no id goes back to the inbox list. */
  const openConversation = (id: string | undefined) =>
    move(id ? conversationPath(id) : tabPath('inbox'));
  const openArticle = (sub: string | undefined) => move(articlePath(sub));
  return [
    place.tab,
    go,
    place.conversationId,
    openConversation,
    place.article,
    openArticle,
    place.settingsPage,
  ] as const;
}

import { useEffect, useState } from 'preact/hooks';

export const TABS = ['inbox', 'team', 'settings'] as const;
export type Tab = (typeof TABS)[number];

export const tabPath = (tab: Tab) => `/console/${tab}`;

function tabFromLocation(): Tab {
  const segment = location.pathname.replace(/^\/console\/?/, '').split('/')[0];
  return TABS.find((t) => t === segment) ?? 'inbox';
}

/** The current tab, from the path (/console/team); the server answers every /console path. */
export function useTab() {
  const [tab, setTab] = useState<Tab>(tabFromLocation);
  useEffect(() => {
    const onPop = () => setTab(tabFromLocation());
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);
  const go = (next: Tab) => {
    if (next !== tab) history.pushState(null, '', tabPath(next));
    setTab(next);
  };
  return [tab, go] as const;
}

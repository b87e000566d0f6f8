import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { SessionView } from '../../shared/schemas/auth.js';
import type { Api } from '../api.js';
import { Alert } from '../components/alert.js';
import { InboxIcon, Logo, SettingsIcon, TeamIcon } from '../components/icons.js';
import { StatusToggle } from '../components/status-toggle.js';
import { roleLabel } from '../format.js';
import { connectConsole } from '../realtime.js';
import { tabPath, useTab, type Tab } from '../router.js';
import { CallbacksIcon } from './callback-card.js';
import { Callbacks } from './callbacks.js';
import { Cases, CasesIcon } from './cases.js';
import { Feedback, FeedbackIcon } from './feedback.js';
import { Inbox } from './inbox.js';
import { Invitations } from './invitations.js';
import { Insights } from './insights.js';
import { Improvements } from './improvements.js';
import { ArticlesIcon } from './kb-parts.js';
import { KbScreen } from './kb-screen.js';
import { OuterLoopLink } from './outer-loop-link.js';
import { Settings } from './settings.js';
import { Team } from './team.js';
import { Topics } from './topics.js';

interface ShellProps {
  api: Api;
  session: SessionView;
  onSignedOut: () => void;
}

const NAV: { tab: Tab; label: string; Icon: () => preact.JSX.Element }[] = [
  { tab: 'inbox', label: 'Inbox', Icon: InboxIcon },
  { tab: 'cases', label: 'Cases', Icon: CasesIcon },
  { tab: 'callbacks', label: 'Calls', Icon: CallbacksIcon },
  { tab: 'feedback', label: 'Feedback', Icon: FeedbackIcon },
  { tab: 'articles', label: 'Articles', Icon: ArticlesIcon },
  { tab: 'team', label: 'Team', Icon: TeamIcon },
  { tab: 'settings', label: 'Settings', Icon: SettingsIcon },
];

/** The signed-in frame: header, navigation (tabs on a phone, sidebar on a desktop), one screen. */
export function Shell({ api, session, onSignedOut }: ShellProps) {
  const [tab, go, conversationId, openConversation, article, openArticle, settingsPage] = useTab();
  // One socket for the whole signed-in visit, so new messages are heard on every tab.
  const socket = useMemo(() => connectConsole(), []);
  useEffect(() => () => socket.close(), [socket]);
  const [error, setError] = useState<string>();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  const label = NAV.find((n) => n.tab === tab)!.label;

  useEffect(() => {
    document.title = `${label} · ${session.workspace.name} · Parley`;
    // Move focus to the new screen for keyboard and screen reader users, not on first load.
    if (!first.current) main.current?.querySelector<HTMLElement>('h1')?.focus();
    first.current = false;
  }, [tab]);
  const onOpen = useMemo(() => openConversation, []);

  const signOut = async () => {
    const result = await api.post('/auth/logout');
    if (result.ok || result.status === 401) return onSignedOut();
    setError(result.error.message);
  };

  const open = (event: MouseEvent, next: Tab) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    go(next);
  };

  return (
    <div class={tab === 'inbox' ? 'shell inbox-mode' : 'shell'}>
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <header class="topbar">
        <Logo size={32} />
        <div class="topbar-title">
          <p class="workspace-name">
            <span class="ellipsis">{session.workspace.name}</span>
            {session.workspace.isDemo && <span class="badge demo">Demo</span>}
          </p>
          <p class="whoami ellipsis">
            {session.user.name} · {roleLabel(session.user.role)}
          </p>
        </div>
        <StatusToggle api={api} session={session} />
        <button type="button" class="button secondary small" onClick={signOut}>
          Sign out
        </button>
      </header>
      <nav class="nav" aria-label="Main">
        {NAV.map(({ tab: t, label: l, Icon }) => (
          <a
            key={t}
            href={tabPath(t)}
            class="nav-item"
            aria-current={t === tab ? 'page' : undefined}
            onClick={(e) => open(e, t)}
          >
            <Icon />
            <span>{l}</span>
          </a>
        ))}
      </nav>
      <main id="main" class={tab === 'inbox' ? 'content wide' : 'content'} ref={main}>
        <Alert error={error} />
        {tab === 'inbox' && (
          <Inbox
            api={api}
            socket={socket}
            session={session}
            conversationId={conversationId}
            onOpen={onOpen}
            onOpenSettings={() => go('settings')}
          />
        )}
        {tab === 'cases' && <Cases api={api} />}
        {tab === 'callbacks' && <Callbacks api={api} />}
        {tab === 'feedback' && <Feedback api={api} session={session} />}
        {tab === 'feedback' && session.user.role !== 'champion' && <OuterLoopLink />}
        {tab === 'articles' && (
          <KbScreen api={api} session={session} place={article} onOpen={openArticle} />
        )}
        {tab === 'team' && <Team api={api} session={session} />}
        {tab === 'settings' && settingsPage === 'insights' && (
          <Insights api={api} session={session} />
        )}
        {tab === 'settings' && settingsPage === 'topics' && <Topics api={api} session={session} />}
        {tab === 'settings' && settingsPage === 'invitations' && (
          <Invitations api={api} session={session} />
        )}
        {tab === 'settings' && settingsPage === 'improvements' && (
          <Improvements api={api} session={session} />
        )}
        {tab === 'settings' &&
          !['insights', 'topics', 'improvements', 'invitations'].includes(settingsPage ?? '') && (
            <Settings api={api} session={session} />
          )}
      </main>
    </div>
  );
}

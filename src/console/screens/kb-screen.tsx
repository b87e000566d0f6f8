import { useEffect, useRef } from 'preact/hooks';
import type { SessionView } from '../../shared/schemas/auth.js';
import type { Api } from '../api.js';
import { KbEditor } from './kb-editor.js';
import { KbImport } from './kb-import.js';
import { KbList } from './kb-list.js';

interface KbScreenProps {
  api: Api;
  session: SessionView;
  /** Below /console/articles: "new", "import", an article id, or nothing for the list. */
  place: string | undefined;
  onOpen: (place: string | undefined) => void;
}

/** The Articles tab: the list, an article's editor, or the import panel. */
export function KbScreen({ api, session, place, onOpen }: KbScreenProps) {
  const root = useRef<HTMLDivElement>(null);
  const previous = useRef<string | undefined | null>(null);
  useEffect(() => {
    const from = previous.current;
    previous.current = place;
    // A new article that just got its address is still the same screen: focus stays on Save.
    if (from === null || (from === 'new' && place !== undefined)) return;
    // Moving between list and editor is a new screen for keyboard and screen reader users too.
    root.current?.querySelector<HTMLElement>('h1')?.focus();
    window.scrollTo(0, 0);
  }, [place]);
  return (
    <div ref={root}>
      {place === undefined && <KbList api={api} session={session} onOpen={onOpen} />}
      {place === 'import' && <KbImport api={api} session={session} onOpen={onOpen} />}
      {place !== undefined && place !== 'import' && (
        <KbEditor
          api={api}
          session={session}
          articleId={place === 'new' ? undefined : place}
          onOpen={onOpen}
        />
      )}
    </div>
  );
}

import { useEffect, useRef } from 'preact/hooks';
import type { CallbackView } from '../../shared/schemas/callbacks.js';
import type { Api } from '../api.js';
import { useGet } from '../use-get.js';
import { CallbackCard } from './callback-card.js';

/**
 * In a conversation that is a callback's task: the number to dial and the outcome form, right
 * where the agent opened it from their queue. Nothing for any other conversation. Read again
 * when the conversation changes hands or status (`holder`, `status`).
 */
export function CallbackPanel(props: {
  api: Api;
  conversationId: string;
  holder?: string | null | undefined;
  status?: string | undefined;
}) {
  const [loaded, reload] = useGet<{ callback: CallbackView | null }>(
    props.api,
    `/conversations/${props.conversationId}/callback`,
  );
  const first = useRef(true);
  useEffect(() => {
    if (first.current) first.current = false;
    else reload();
  }, [props.holder, props.status, reload]);
  if (loaded.status !== 'ok' || !loaded.data.callback) return null;
  return <CallbackCard api={props.api} callback={loaded.data.callback} />;
}

import type { CallbackView } from '../../shared/schemas/callbacks.js';
import type { Api } from '../api.js';
import { useGet } from '../use-get.js';
import { CallbackCard } from './callback-card.js';

/**
 * In a conversation that is a callback's task: the number to dial and the outcome form, right
 * where the agent opened it from their queue. Nothing for any other conversation.
 */
export function CallbackPanel({ api, conversationId }: { api: Api; conversationId: string }) {
  const [loaded] = useGet<{ callback: CallbackView | null }>(
    api,
    `/conversations/${conversationId}/callback`,
  );
  if (loaded.status !== 'ok' || !loaded.data.callback) return null;
  return <CallbackCard api={api} callback={loaded.data.callback} />;
}

import type { WidgetSettings } from '../shared/schemas/widget.js';
import type { createVisitorApi } from './store.js';

type VisitorApi = ReturnType<typeof createVisitorApi>;

/** The widget's calls about the assistant: its settings, and the customer's verdict on answers. */
export function createAssistantApi(api: VisitorApi, conversationId: () => string | undefined) {
  let settings: Promise<WidgetSettings> | undefined;
  return {
    /** "Did that answer your question?" for the automated answer at `seq`. */
    rate: (seq: number, helpful: boolean) =>
      api.call(`/api/widget/conversations/${conversationId()}/answers/${seq}`, { helpful }),
    /** Whether the workspace has an assistant and shows "Talk to a person" from the start. */
    settings: () => (settings ??= api.call<WidgetSettings>('/api/widget/settings')),
  };
}

import { useCallback, useEffect, useState } from 'preact/hooks';
import type { CaseDetail } from '../shared/schemas/cases.js';
import type { Api, ApiError } from './api.js';

export type CaseState =
  | { status: 'loading' }
  | { status: 'none' }
  | { status: 'ok'; data: CaseDetail }
  | { status: 'error'; error: ApiError };

/**
 * The case of a complaint conversation, read again whenever the conversation moves on
 * (`lastSeq`: a status notice or a reply from a teammate), and the changes an agent makes to it.
 */
export function useCase(api: Api, conversationId: string, lastSeq: number) {
  const [state, setState] = useState<CaseState>({ status: 'loading' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();

  const load = useCallback(async () => {
    const result = await api.get<CaseDetail>(`/conversations/${conversationId}/case`);
    if (result.ok) return setState({ status: 'ok', data: result.data });
    // A complaint from before cases existed simply has none.
    setState(result.status === 404 ? { status: 'none' } : { status: 'error', error: result.error });
  }, [api, conversationId]);

  useEffect(() => {
    void load();
  }, [load, lastSeq]);

  /** POSTs a change to the case; true when it was accepted (the case is then read again). */
  const change = async (path: 'update' | 'actions' | 'notes', body: unknown) => {
    if (state.status !== 'ok') return false;
    setBusy(true);
    const result = await api.post(`/cases/${state.data.id}/${path}`, body);
    setBusy(false);
    setError(result.ok ? undefined : result.error);
    if (result.ok) await load();
    return result.ok;
  };

  return { state, busy, error, change };
}

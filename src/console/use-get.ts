import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Api, ApiError } from './api.js';

export type Loaded<T> =
  { status: 'loading' } | { status: 'ok'; data: T } | { status: 'error'; error: ApiError };

/** Loads `path` once (and again on `reload()`); stale answers from an earlier load are ignored. */
export function useGet<T>(api: Api, path: string) {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let current = true;
    void api.get<T>(path).then((result) => {
      if (!current) return;
      setState(
        result.ok ? { status: 'ok', data: result.data } : { status: 'error', error: result.error },
      );
    });
    return () => {
      current = false;
    };
  }, [api, path, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return [state, reload] as const;
}

import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/ApiError.js';

/** A loaded resource: its data, the last error, loading state and a reload function. */
export interface Resource<T> {
  readonly data: T | undefined;
  readonly error: ApiError | undefined;
  readonly loading: boolean;
  readonly reload: () => void;
  readonly set: (update: (old: T | undefined) => T | undefined) => void;
}

/**
 * Loads `fetcher()` and reloads it when a dependency changes (pass the session's resync
 * counter among them so a reconnect with lost updates reloads every screen).
 */
export function useResource<T>(fetcher: () => Promise<T>, deps: readonly unknown[]): Resource<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  const generation = useRef(0);
  const fetchRef = useRef(fetcher);
  fetchRef.current = fetcher;
  useEffect(() => {
    const mine = ++generation.current;
    setLoading(true);
    fetchRef.current().then(
      (d) => {
        if (generation.current !== mine) return;
        setData(d);
        setError(undefined);
        setLoading(false);
      },
      (e: unknown) => {
        if (generation.current !== mine) return;
        setError(e instanceof ApiError ? e : new ApiError('client.failed', 0, String(e)));
        setLoading(false);
      },
    );
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data, error, loading, reload, set: setData };
}

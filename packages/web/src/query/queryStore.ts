/** Query history and saved queries, kept in the browser per user. */
export interface QueryStore {
  readonly history: () => string[];
  readonly remember: (query: string) => void;
  readonly saved: () => { name: string; query: string }[];
  readonly save: (name: string, query: string) => void;
  readonly remove: (name: string) => void;
}

/** The store for `user` over a Storage (localStorage in the app). */
export function queryStore(storage: Storage, user: string, max = 50): QueryStore {
  const hKey = `kunren.history.${user}`;
  const sKey = `kunren.saved.${user}`;
  const read = <T>(key: string, fallback: T): T => {
    try {
      return (JSON.parse(storage.getItem(key) ?? 'null') as T | null) ?? fallback;
    } catch {
      return fallback;
    }
  };
  return {
    history: () => read<string[]>(hKey, []),
    remember: (query) => {
      const q = query.trim();
      if (!q) return;
      const next = [q, ...read<string[]>(hKey, []).filter((x) => x !== q)].slice(0, max);
      storage.setItem(hKey, JSON.stringify(next));
    },
    saved: () => read<{ name: string; query: string }[]>(sKey, []),
    save: (name, query) => {
      const next = [
        { name, query },
        ...read<{ name: string; query: string }[]>(sKey, []).filter((s) => s.name !== name),
      ];
      storage.setItem(sKey, JSON.stringify(next));
    },
    remove: (name) => {
      storage.setItem(
        sKey,
        JSON.stringify(
          read<{ name: string; query: string }[]>(sKey, []).filter((s) => s.name !== name),
        ),
      );
    },
  };
}

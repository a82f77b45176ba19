import { useEffect, useRef, useState } from 'react';

/** Where the autosave stands. */
export type SaveState = 'clean' | 'dirty' | 'saving' | 'saved' | 'failed';

/**
 * Saves `value` `delayMs` after the last edit (edits while saving are saved after),
 * never saving the value it was started with; `flush` saves at once (before submit).
 */
export function useAutosave<T>(
  value: T,
  save: (v: T) => Promise<void>,
  delayMs = 1200,
  enabled = true,
) {
  const [state, setState] = useState<SaveState>('clean');
  const first = useRef(true);
  const latest = useRef(value);
  const saving = useRef<Promise<void> | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saveRef = useRef(save);
  saveRef.current = save;
  latest.current = value;

  const flush = async (): Promise<boolean> => {
    clearTimeout(timer.current);
    if (saving.current) await saving.current.catch(() => undefined);
    setState('saving');
    const p = saveRef.current(latest.current);
    saving.current = p;
    try {
      await p;
      setState('saved');
      return true;
    } catch {
      setState('failed');
      return false;
    } finally {
      saving.current = undefined;
    }
  };

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return undefined;
    }
    if (!enabled) return undefined;
    setState('dirty');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), delayMs);
    return () => clearTimeout(timer.current);
    // flush reads refs only
  }, [value, enabled, delayMs]);

  return { state, flush };
}

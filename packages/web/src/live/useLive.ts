import { useEffect, useRef } from 'react';
import type { LiveFrame } from '../api/types.js';
import { useSession } from '../app/SessionContext.js';

/** Calls `handler` for every live frame of `room` while the component is mounted. */
export function useLive(room: string | undefined, handler: (frame: LiveFrame) => void): void {
  const { live } = useSession();
  const ref = useRef(handler);
  ref.current = handler;
  useEffect(() => {
    if (!room) return undefined;
    return live.subscribe(room, (f) => ref.current(f));
  }, [live, room]);
}

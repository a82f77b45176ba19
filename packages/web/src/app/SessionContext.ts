import { createContext, useContext } from 'react';
import type { ClockView, ExerciseView, LiveFrame, Me } from '../api/types.js';
import type { ConnectionState, LiveSocket } from '../live/LiveSocket.js';
import type { Language } from '../i18n/languages.js';

/** Everything a screen needs about who is logged in and what is going on. */
export interface Session {
  readonly me: Me;
  readonly exercises: readonly ExerciseView[];
  readonly exercise: ExerciseView | undefined;
  /** The trainee's own team in the current exercise (undefined for staff). */
  readonly teamId: string | undefined;
  readonly clock: ClockView | undefined;
  /**
   * Takes a clock view from a command's answer: the live frame that announces the same change
   * can be missed while the exercise's room is being joined, the answer cannot.
   */
  readonly applyClock: (clock: ClockView) => void;
  readonly live: LiveSocket;
  readonly connection: ConnectionState;
  /** Increments when state must be reloaded over HTTP (lost updates, rewind). */
  readonly resync: number;
  /** Recent live frames, newest first (for "what is new"). */
  readonly news: readonly { readonly at: number; readonly frame: LiveFrame }[];
  readonly language: Language;
  readonly timeZone: string;
  readonly setLanguage: (language: Language) => void;
  readonly setTimeZone: (zone: string) => void;
  readonly selectExercise: (id: string) => void;
  readonly reloadExercises: () => void;
  readonly logout: () => void;
}

/** The session of the logged-in user. */
export const SessionContext = createContext<Session | undefined>(undefined);

/** The current session (inside the logged-in shell). */
export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside the logged-in shell');
  return s;
}

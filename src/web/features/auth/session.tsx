// The signed-in session: restored from /auth/me at start, set by sign-in and TOTP enrolment,
// cleared on sign-out or when the server says the session is gone.
import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Action } from '../../../core/access.js';
import { api, isTransient, onAuthProblem, setCsrfToken, type ApiError } from '../../api/client.js';
import type { Session, SessionUser } from '../../api/types.js';
import { navigate } from '../../router.js';
import { clearDrafts, setDraftOwner } from '../../components/ui/drafts.js';

export const ENROL_PATH = '/konsol/aktivasi-totp';
export const SIGN_IN_PATH = '/masuk';

type State =
  | { status: 'loading' }
  | { status: 'anonymous'; signedOut?: boolean }
  | { status: 'signed-in'; user: SessionUser }
  /** The server or its database cannot answer now (a restart): asked again until it does. */
  | { status: 'unavailable'; message: string };

/** How soon the session is asked for again while the server cannot answer (its Retry-After). */
const RETRY_MS = 5000;

type SessionApi = {
  state: State;
  user: SessionUser | null;
  /** Stores a session answer (login, /me, TOTP enable). */
  accept: (session: Session) => void;
  signOut: () => Promise<void>;
  can: (action: Action) => boolean;
};

const SessionContext = createContext<SessionApi | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<State>({ status: 'loading' });
  const queryClient = useQueryClient();

  const accept = useCallback((session: Session) => {
    setCsrfToken(session.csrfToken);
    setDraftOwner(session.user.id);
    setState({ status: 'signed-in', user: session.user });
  }, []);

  const clear = useCallback(
    (signedOut = false) => {
      setCsrfToken(null);
      queryClient.clear();
      setState({ status: 'anonymous', signedOut });
    },
    [queryClient],
  );

  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const restore = () =>
      api
        .get<Session>('/api/v1/auth/me')
        .then((s) => live && accept(s))
        .catch((error: unknown) => {
          if (!live) return;
          // No answer (the network) or 5xx (a restart, the database away) says nothing about the
          // session: ask again, rather than send someone signed in to the sign-in page.
          if (!isTransient(error)) return setState({ status: 'anonymous' });
          setState({ status: 'unavailable', message: error instanceof Error ? error.message : String(error) });
          timer = setTimeout(() => void restore(), RETRY_MS);
        });
    void restore();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [accept]);

  useEffect(
    () =>
      onAuthProblem((error: ApiError) => {
        if (error.code === 'TOTP_ENROLLMENT_REQUIRED') {
          setState((s) => (s.status === 'signed-in' ? { ...s, user: { ...s.user, mustEnrollTotp: true } } : s));
          navigate(ENROL_PATH, { replace: true });
        } else {
          clear();
          if (window.location.pathname.startsWith('/konsol')) navigate(SIGN_IN_PATH, { replace: true });
        }
      }),
    [clear],
  );

  const signOut = useCallback(async () => {
    try {
      await api.post('/api/v1/auth/logout');
    } catch {
      // the session may already be gone; sign out locally regardless
    }
    clear(true);
    clearDrafts();
    navigate(SIGN_IN_PATH);
  }, [clear]);

  const value = useMemo<SessionApi>(() => {
    const user = state.status === 'signed-in' ? state.user : null;
    return { state, user, accept, signOut, can: (a) => !!user && user.permissions.includes(a) };
  }, [state, accept, signOut]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionApi {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}

/** The signed-in user; only for screens under the console guard. */
export function useUser(): SessionUser {
  const { user } = useSession();
  if (!user) throw new Error('useUser without a session');
  return user;
}

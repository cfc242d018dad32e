import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { createGraphQLClient, type GraphQLClient } from '../graphql/client';
import { useLanguage } from '../i18n/i18n-context';
import { ME, SIGN_IN } from './session-operations';
import { clearStoredSession, readStoredSession, writeStoredSession } from './session-storage';
import type { SessionUser, StoredSession } from './session-user';

export type SignOutReason = 'user' | 'expired';

export interface SessionValue {
  user: SessionUser | null;
  token: string | null;
  expiresAt: string | null;
  /** Why the last session ended, so the sign-in page can say "your session expired". */
  endedBecause: SignOutReason | null;
  client: GraphQLClient;
  signIn: (email: string, password: string) => Promise<SessionUser>;
  signOut: (reason?: SignOutReason) => void;
}

const SessionContext = createContext<SessionValue | null>(null);

/** Longest a browser timer may wait (about 24.8 days); tokens live 8 hours, so this never bites. */
const MAX_TIMEOUT = 2_147_483_647;

export function SessionProvider({ children, endpoint, fetchImpl }: { children: ReactNode; endpoint?: string; fetchImpl?: typeof fetch }) {
  const [language] = useLanguage();
  const [session, setSession] = useState<StoredSession | null>(() => readStoredSession());
  const [endedBecause, setEndedBecause] = useState<SignOutReason | null>(null);
  // The client reads the latest token and language through refs, so it is created once.
  const sessionRef = useRef(session);
  const languageRef = useRef(language);
  sessionRef.current = session;
  languageRef.current = language;

  const signOut = useCallback((reason: SignOutReason = 'user') => {
    clearStoredSession();
    sessionRef.current = null;
    setSession(null);
    setEndedBecause(reason);
  }, []);

  const client = useMemo(
    () =>
      createGraphQLClient({
        endpoint,
        fetch: fetchImpl,
        getToken: () => sessionRef.current?.accessToken ?? null,
        getLanguage: () => languageRef.current,
        onUnauthenticated: () => signOut('expired'),
      }),
    [endpoint, fetchImpl, signOut],
  );

  const signIn = useCallback(
    async (email: string, password: string) => {
      const { signIn: payload } = await client.request(SIGN_IN, { email, password });
      const next: StoredSession = { accessToken: payload.accessToken, expiresAt: payload.expiresAt, user: payload.user };
      writeStoredSession(next);
      sessionRef.current = next;
      setSession(next);
      setEndedBecause(null);
      return payload.user;
    },
    [client],
  );

  // End the session when the token expires, even if the person is only reading.
  const expiresAt = session?.expiresAt ?? null;
  useEffect(() => {
    if (!expiresAt) return;
    const wait = Math.min(Math.max(Date.parse(expiresAt) - Date.now(), 0), MAX_TIMEOUT);
    const timer = window.setTimeout(() => signOut('expired'), wait);
    return () => window.clearTimeout(timer);
  }, [expiresAt, signOut]);

  // A stored session is confirmed with `me` once per page load: the role may have changed since.
  const token = session?.accessToken ?? null;
  useEffect(() => {
    if (!token) return;
    const controller = new AbortController();
    client
      .request(ME, {}, controller.signal)
      .then(({ me }) => {
        const current = sessionRef.current;
        if (!current || current.accessToken !== token) return;
        if (!me) return signOut('expired');
        const next = { ...current, user: me };
        writeStoredSession(next);
        setSession(next);
      })
      .catch(() => {
        // UNAUTHENTICATED already ended the session through the client; other failures keep it.
      });
    return () => controller.abort();
    // Only when the token changes, not when `me` refreshes the user.
  }, [token, client, signOut]);

  const value = useMemo<SessionValue>(
    () => ({ user: session?.user ?? null, token, expiresAt, endedBecause, client, signIn, signOut }),
    [session, token, expiresAt, endedBecause, client, signIn, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const context = useContext(SessionContext);
  if (!context) throw new Error('SessionProvider is missing above this component');
  return context;
}

export function useGraphQLClient(): GraphQLClient {
  return useSession().client;
}

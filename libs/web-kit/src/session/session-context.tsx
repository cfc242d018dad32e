import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { createGraphQLClient, type GraphQLClient } from '../graphql/client';
import { useLanguage } from '../i18n/i18n-context';
import { DEFAULT_AUTH_BASE, requestRefresh, requestSignIn, requestSignOut, type RefreshOutcome } from './session-api';
import { forgetSessionHint, hasSessionHint, openSessionBroadcast, type SessionBroadcast } from './session-broadcast';
import { clearStoredSession, readStoredSession, writeStoredSession } from './session-storage';
import type { SessionUser, StoredSession } from './session-user';

export type SignOutReason = 'user' | 'expired';

export interface SessionValue {
  user: SessionUser | null;
  token: string | null;
  expiresAt: string | null;
  /** True while a new tab asks whether its browser still has a session: show a placeholder, not the signed-out page. */
  checking: boolean;
  /** Why the last session ended, so the sign-in page can say "your session expired". */
  endedBecause: SignOutReason | null;
  client: GraphQLClient;
  signIn: (email: string, password: string) => Promise<SessionUser>;
  /** Ends the session here, in every other tab of the portal, and on the server. */
  signOut: (reason?: SignOutReason) => Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

/** Longest a browser timer may wait (about 24.8 days). */
const MAX_TIMEOUT = 2_147_483_647;
/** Access tokens live 15 minutes: renew one this long before it expires. */
const RENEW_BEFORE_MS = 60_000;
/** After a renewal that could not reach the server, try again this soon (until the token expires). */
const RETRY_MS = 15_000;

const delay = (ms: number) => Math.min(Math.max(ms, 0), MAX_TIMEOUT);

export interface SessionProviderProps {
  children: ReactNode;
  /** The GraphQL endpoint (default `/graphql`). */
  endpoint?: string;
  /** Where the session routes are (default `/auth`, proxied by the portal's web server). */
  authBase?: string;
  fetchImpl?: typeof fetch;
}

/**
 * The signed-in person across tabs and reloads. The refresh token is an httpOnly cookie on /auth
 * that page scripts never see; the short-lived access token is kept in memory and sessionStorage
 * (a reload shows the page at once), renewed through /auth/refresh shortly before it expires and
 * when the gateway refuses it once. A tab without a token asks /auth/refresh first.
 */
export function SessionProvider({ children, endpoint, authBase = DEFAULT_AUTH_BASE, fetchImpl }: SessionProviderProps) {
  const [language] = useLanguage();
  const [session, setSession] = useState<StoredSession | null>(() => readStoredSession());
  // Only a browser that signed in before asks: the public (a QR code on a phone) never waits.
  const [checking, setChecking] = useState(() => session === null && hasSessionHint());
  const [endedBecause, setEndedBecause] = useState<SignOutReason | null>(null);
  // The client and timers read the latest values through refs, so they are created once.
  const sessionRef = useRef(session);
  const languageRef = useRef(language);
  const refreshing = useRef<Promise<RefreshOutcome> | null>(null);
  const broadcast = useRef<SessionBroadcast | null>(null);
  sessionRef.current = session;
  languageRef.current = language;
  const doFetch = useCallback<typeof fetch>((input, init) => (fetchImpl ?? globalThis.fetch.bind(globalThis))(input, init), [fetchImpl]);

  const adopt = useCallback((next: StoredSession) => {
    writeStoredSession(next);
    sessionRef.current = next;
    setSession(next);
    setEndedBecause(null);
  }, []);

  const drop = useCallback((reason: SignOutReason) => {
    const hadSession = sessionRef.current !== null;
    clearStoredSession();
    sessionRef.current = null;
    setSession(null);
    if (hadSession) setEndedBecause(reason);
  }, []);

  /** One renewal at a time, however many requests and tabs ask for it. */
  const refresh = useCallback((): Promise<RefreshOutcome> => {
    if (!refreshing.current) {
      refreshing.current = requestRefresh(doFetch, authBase, languageRef.current)
        .then((outcome) => {
          if (outcome.kind === 'session') adopt(outcome.session);
          if (outcome.kind === 'ended') {
            forgetSessionHint();
            drop('expired');
          }
          return outcome;
        })
        .finally(() => {
          refreshing.current = null;
        });
    }
    return refreshing.current;
  }, [doFetch, authBase, adopt, drop]);

  const signOut = useCallback(
    async (reason: SignOutReason = 'user') => {
      // The server first: a page that leaves as soon as the tab is signed out (the portal home hands over
      // to `/`) would otherwise cancel the request, leaving the session alive on the server. The tab signs
      // out whatever the answer (offline included): requestSignOut never rejects.
      await requestSignOut(doFetch, authBase, languageRef.current);
      drop(reason);
      broadcast.current?.announce('signed-out');
    },
    [drop, doFetch, authBase],
  );

  const client = useMemo(
    () =>
      createGraphQLClient({
        endpoint,
        fetch: fetchImpl,
        getToken: () => sessionRef.current?.accessToken ?? null,
        getLanguage: () => languageRef.current,
        refreshToken: async () => {
          const outcome = await refresh();
          return outcome.kind === 'session' ? outcome.session.accessToken : null;
        },
        onUnauthenticated: () => drop('expired'),
      }),
    [endpoint, fetchImpl, refresh, drop],
  );

  const signIn = useCallback(
    async (email: string, password: string) => {
      const next = await requestSignIn(doFetch, authBase, email, password, languageRef.current);
      adopt(next);
      broadcast.current?.announce('signed-in');
      return next.user;
    },
    [doFetch, authBase, adopt],
  );

  // Other tabs: a sign-out there ends this tab's session at once; a sign-in there signs this one in.
  useEffect(() => {
    const channel = openSessionBroadcast((signal) => {
      if (signal === 'signed-out') drop('user');
      else if (!sessionRef.current) void refresh();
    });
    broadcast.current = channel;
    return () => {
      channel.close();
      broadcast.current = null;
    };
  }, [drop, refresh]);

  // A new tab or a reload without a token: does this browser still have a session?
  useEffect(() => {
    if (!checking) return;
    let active = true;
    void refresh().finally(() => {
      if (active) setChecking(false);
    });
    return () => {
      active = false;
    };
    // Once per page load: `checking` only ever goes from true to false.
  }, []);

  // Renew the access token shortly before it expires, even if the person is only reading.
  const expiresAt = session?.expiresAt ?? null;
  useEffect(() => {
    if (!expiresAt) return;
    const expiry = Date.parse(expiresAt);
    let timer: number | undefined;
    let cancelled = false;
    const renew = async () => {
      const outcome = await refresh();
      // A new session re-runs this effect; an ended one was dropped by refresh().
      if (cancelled || outcome.kind !== 'failed') return;
      const left = expiry - Date.now();
      if (left <= 0) return drop('expired');
      timer = window.setTimeout(() => void renew(), delay(Math.min(RETRY_MS, left)));
    };
    timer = window.setTimeout(() => void renew(), delay(expiry - RENEW_BEFORE_MS - Date.now()));
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [expiresAt, refresh, drop]);

  const token = session?.accessToken ?? null;
  const value = useMemo<SessionValue>(
    () => ({ user: session?.user ?? null, token, expiresAt, checking, endedBecause, client, signIn, signOut }),
    [session, token, expiresAt, checking, endedBecause, client, signIn, signOut],
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

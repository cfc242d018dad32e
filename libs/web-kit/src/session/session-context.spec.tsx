import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLRequestError } from '../graphql/client-error';
import { gql } from '../graphql/gql';
import { I18nProvider } from '../i18n/i18n-context';
import { jsonResponse } from '../testing/json-response';
import { SESSION_HINT_KEY } from './session-broadcast';
import { SessionProvider, useSession } from './session-context';
import { readStoredSession, SESSION_STORAGE_KEY } from './session-storage';
import type { SessionUser } from './session-user';

const ADMIN: SessionUser = {
  id: 'u1',
  email: 'admin@simpul.test',
  displayName: 'Admin Nasional',
  role: 'NATIONAL_ADMIN',
  serviceUnit: null,
  mallId: null,
};
const WHO = gql<{ whoami: string }>`
  query Who {
    whoami
  }
`;

const later = (ms: number) => new Date(Date.now() + ms).toISOString();

/**
 * The portal's server as the browser sees it: the session routes with their cookie (kept here as
 * `cookie`), and /graphql accepting only the current access token.
 */
function fakeServer(options: { cookie?: string | null; ttlMs?: number } = {}) {
  const state = { cookie: options.cookie ?? null, tokens: 0, valid: new Set<string>(), calls: [] as string[] };
  const issue = () => {
    state.tokens += 1;
    const accessToken = `tok-${state.tokens}`;
    state.valid.add(accessToken);
    return { accessToken, expiresAt: later(options.ttlMs ?? 900_000), user: ADMIN };
  };
  const fetchImpl = jest.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
    const path = url as string;
    state.calls.push(path);
    const body = JSON.parse((init?.body as string | undefined) ?? '{}') as Record<string, string>;
    if (path === '/auth/sign-in') {
      if (body.password === 'throttled')
        return jsonResponse(
          {
            errors: [
              {
                message: 'Too many',
                extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 120, messages: { id: 'Terlalu banyak', en: 'Too many' } },
              },
            ],
          },
          429,
        );
      if (body.password !== 'simpul-demo')
        return jsonResponse({ errors: [{ message: 'Wrong', extensions: { code: 'UNAUTHENTICATED' } }] }, 401);
      state.cookie = 'refresh-1';
      return jsonResponse(issue());
    }
    if (path === '/auth/refresh')
      return state.cookie
        ? jsonResponse(issue())
        : jsonResponse({ errors: [{ message: 'No session', extensions: { code: 'UNAUTHENTICATED' } }] }, 401);
    if (path === '/auth/sign-out') {
      state.cookie = null;
      state.valid.clear();
      return { ok: true, status: 204, json: async () => undefined } as unknown as Response;
    }
    const authorization = new Headers(init?.headers).get('authorization') ?? '';
    if (!state.valid.has(authorization.replace('Bearer ', '')))
      return jsonResponse({ errors: [{ message: 'Expired', extensions: { code: 'UNAUTHENTICATED' } }] }, 401);
    return jsonResponse({ data: { whoami: authorization } });
  });
  return { state, fetchImpl: fetchImpl as unknown as typeof fetch };
}

class SameDocumentChannel extends EventTarget {
  private static open: SameDocumentChannel[] = [];
  constructor(readonly name: string) {
    super();
    SameDocumentChannel.open.push(this);
  }
  postMessage(data: unknown): void {
    for (const other of SameDocumentChannel.open) {
      if (other !== this && other.name === this.name) setTimeout(() => other.dispatchEvent(new MessageEvent('message', { data })), 0);
    }
  }
  close(): void {
    SameDocumentChannel.open = SameDocumentChannel.open.filter((channel) => channel !== this);
  }
}

/** Records every state the page showed, to prove the signed-out page never flashed. */
const shown: string[] = [];

function Probe() {
  const session = useSession();
  const setAnswer = (text: string) => {
    const answer = document.getElementById('answer');
    if (answer) answer.textContent = text;
  };
  const label = session.checking ? 'checking' : session.user ? `signed in as ${session.user.displayName}` : 'anonymous';
  if (shown.at(-1) !== label) shown.push(label);
  return (
    <div>
      <p>{label}</p>
      <p>ended: {session.endedBecause ?? 'no'}</p>
      <p>token: {session.token ?? 'none'}</p>
      <p id="answer" />
      <button onClick={() => void session.signIn('admin@simpul.test', 'simpul-demo').catch(() => undefined)}>sign in</button>
      <button onClick={() => void session.signOut()}>sign out</button>
      <button
        onClick={() =>
          void session.client.request(WHO).then(
            (data) => setAnswer(data.whoami),
            () => setAnswer('refused'),
          )
        }
      >
        ask
      </button>
    </div>
  );
}

function renderWith(fetchImpl: typeof fetch) {
  return render(
    <I18nProvider initialLanguage="id">
      <SessionProvider fetchImpl={fetchImpl}>
        <Probe />
      </SessionProvider>
    </I18nProvider>,
  );
}

function storeSession(accessToken: string, expiresInMs: number) {
  window.sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ accessToken, expiresAt: later(expiresInMs), user: ADMIN }));
  window.localStorage.setItem(SESSION_HINT_KEY, 'earlier');
}

describe('session', () => {
  beforeEach(() => {
    window.sessionStorage.clear();
    window.localStorage.clear();
    shown.length = 0;
  });
  afterEach(() => jest.useRealTimers());

  it('signs in through /auth/sign-in, keeps only the access token, and signs out through /auth/sign-out', async () => {
    const server = fakeServer();
    renderWith(server.fetchImpl);
    expect(screen.getByText('anonymous')).toBeTruthy();
    await userEvent.setup({ delay: null }).click(screen.getByRole('button', { name: 'sign in' }));
    await screen.findByText('signed in as Admin Nasional');
    expect(readStoredSession()?.accessToken).toBe('tok-1');
    expect(window.sessionStorage.getItem(SESSION_STORAGE_KEY)).not.toContain('refresh-1');
    expect(window.localStorage.getItem(SESSION_HINT_KEY)).not.toBeNull();
    await userEvent.setup({ delay: null }).click(screen.getByRole('button', { name: 'sign out' }));
    expect(screen.getByText('anonymous')).toBeTruthy();
    await waitFor(() => expect(server.state.calls).toContain('/auth/sign-out'));
    expect(server.state.cookie).toBeNull();
    expect(window.sessionStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    expect(window.localStorage.getItem(SESSION_HINT_KEY)).toBeNull();
  });

  it('passes the server refusal on, with how long to wait when sign-in is throttled', async () => {
    let caught: unknown;
    function Throttled() {
      const { signIn } = useSession();
      return <button onClick={() => void signIn('admin@simpul.test', 'throttled').catch((error: unknown) => (caught = error))}>try</button>;
    }
    render(
      <I18nProvider initialLanguage="id">
        <SessionProvider fetchImpl={fakeServer().fetchImpl}>
          <Throttled />
        </SessionProvider>
      </I18nProvider>,
    );
    await userEvent.setup({ delay: null }).click(screen.getByRole('button', { name: 'try' }));
    await waitFor(() => expect(caught).toBeInstanceOf(GraphQLRequestError));
    expect((caught as GraphQLRequestError).errors[0]).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: 120,
      message: 'Terlalu banyak',
    });
  });

  it('a new tab of a signed-in browser asks /auth/refresh first and shows the signed-in page without a signed-out flash', async () => {
    window.localStorage.setItem(SESSION_HINT_KEY, 'signed in earlier');
    const server = fakeServer({ cookie: 'refresh-1' });
    renderWith(server.fetchImpl);
    expect(screen.getByText('checking')).toBeTruthy();
    await screen.findByText('signed in as Admin Nasional');
    expect(shown).toEqual(['checking', 'signed in as Admin Nasional']);
    expect(server.state.calls).toEqual(['/auth/refresh']);
  });

  it('a browser that never signed in does not ask /auth/refresh and shows the public page at once', () => {
    const server = fakeServer();
    renderWith(server.fetchImpl);
    expect(screen.getByText('anonymous')).toBeTruthy();
    expect(server.state.calls).toEqual([]);
  });

  it('shows the public page when the session cookie is gone, and forgets the hint', async () => {
    window.localStorage.setItem(SESSION_HINT_KEY, 'signed in earlier');
    renderWith(fakeServer({ cookie: null }).fetchImpl);
    await screen.findByText('anonymous');
    expect(shown).toEqual(['checking', 'anonymous']);
    expect(window.localStorage.getItem(SESSION_HINT_KEY)).toBeNull();
  });

  it('a reload shows the stored session at once, without waiting for the server', () => {
    storeSession('tok-stored', 600_000);
    const server = fakeServer({ cookie: 'refresh-1' });
    renderWith(server.fetchImpl);
    expect(shown).toEqual(['signed in as Admin Nasional']);
    expect(server.state.calls).toEqual([]);
  });

  it('renews the access token shortly before it expires', async () => {
    jest.useFakeTimers();
    storeSession('tok-stored', 90_000);
    const server = fakeServer({ cookie: 'refresh-1' });
    renderWith(server.fetchImpl);
    await act(async () => {
      jest.advanceTimersByTime(29_000);
    });
    expect(server.state.calls).toEqual([]);
    await act(async () => {
      jest.advanceTimersByTime(2_000);
    });
    expect(server.state.calls).toEqual(['/auth/refresh']);
    expect(screen.getByText('token: tok-1')).toBeTruthy();
    expect(screen.getByText('signed in as Admin Nasional')).toBeTruthy();
  });

  it('ends the session, saying it expired, when the renewal is refused', async () => {
    jest.useFakeTimers();
    storeSession('tok-stored', 30_000);
    renderWith(fakeServer({ cookie: null }).fetchImpl);
    expect(screen.getByText('signed in as Admin Nasional')).toBeTruthy();
    await act(async () => {
      jest.advanceTimersByTime(1);
    });
    expect(screen.getByText('anonymous')).toBeTruthy();
    expect(screen.getByText('ended: expired')).toBeTruthy();
  });

  it('renews once and retries a request the gateway refused with UNAUTHENTICATED', async () => {
    storeSession('tok-revoked-by-the-gateway', 600_000);
    const server = fakeServer({ cookie: 'refresh-1' });
    renderWith(server.fetchImpl);
    await userEvent.setup({ delay: null }).click(screen.getByRole('button', { name: 'ask' }));
    await waitFor(() => expect(document.getElementById('answer')?.textContent).toBe('Bearer tok-1'));
    expect(server.state.calls).toEqual(['/graphql', '/auth/refresh', '/graphql']);
    expect(screen.getByText('signed in as Admin Nasional')).toBeTruthy();
  });

  it('ends the session when a refused request cannot be renewed', async () => {
    storeSession('tok-revoked-by-the-gateway', 600_000);
    const server = fakeServer({ cookie: null });
    renderWith(server.fetchImpl);
    await userEvent.setup({ delay: null }).click(screen.getByRole('button', { name: 'ask' }));
    await screen.findByText('anonymous');
    expect(screen.getByText('ended: expired')).toBeTruthy();
    expect(document.getElementById('answer')?.textContent).toBe('refused');
    expect(server.state.calls).toEqual(['/graphql', '/auth/refresh']);
  });

  it('drops the session at once when another tab signs out (storage event fallback)', async () => {
    storeSession('tok-stored', 600_000);
    renderWith(fakeServer({ cookie: 'refresh-1' }).fetchImpl);
    expect(screen.getByText('signed in as Admin Nasional')).toBeTruthy();
    act(() => {
      window.localStorage.removeItem(SESSION_HINT_KEY);
      window.dispatchEvent(new StorageEvent('storage', { key: SESSION_HINT_KEY, oldValue: 'earlier', newValue: null }));
    });
    expect(screen.getByText('anonymous')).toBeTruthy();
    expect(readStoredSession()).toBeNull();
  });

  it('signing out in one tab signs the other tab out at once (BroadcastChannel)', async () => {
    // jsdom has no BroadcastChannel: this one delivers, like the browser's, to every other channel of the name.
    const original = globalThis.BroadcastChannel;
    globalThis.BroadcastChannel = SameDocumentChannel as unknown as typeof BroadcastChannel;
    storeSession('tok-stored', 600_000);
    const server = fakeServer({ cookie: 'refresh-1' });
    const tab = (name: string) => (
      <section aria-label={name}>
        <SessionProvider fetchImpl={server.fetchImpl}>
          <Probe />
        </SessionProvider>
      </section>
    );
    const { unmount } = render(
      <I18nProvider initialLanguage="id">
        {tab('first tab')}
        {tab('second tab')}
      </I18nProvider>,
    );
    const first = screen.getByRole('region', { name: 'first tab' });
    const second = screen.getByRole('region', { name: 'second tab' });
    expect(second.textContent).toContain('signed in as Admin Nasional');
    await userEvent.setup({ delay: null }).click(within(first).getByRole('button', { name: 'sign out' }));
    await waitFor(() => expect(second.textContent).toContain('anonymous'));
    unmount();
    globalThis.BroadcastChannel = original;
  });
});

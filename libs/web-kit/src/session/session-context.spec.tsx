import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nProvider } from '../i18n/i18n-context';
import { SessionProvider, useSession } from './session-context';
import { readStoredSession, SESSION_STORAGE_KEY } from './session-storage';
import type { SessionUser } from './session-user';
import { jsonResponse } from '../testing/json-response';

const ADMIN: SessionUser = { id: 'u1', email: 'admin@simpul.test', displayName: 'Admin Nasional', role: 'NATIONAL_ADMIN', serviceUnit: null, mallId: null };

const json = (body: unknown) => jsonResponse(body);

function Probe() {
  const session = useSession();
  return (
    <div>
      <p>{session.user ? `signed in as ${session.user.displayName}` : 'anonymous'}</p>
      <p>ended: {session.endedBecause ?? 'no'}</p>
      <button onClick={() => void session.signIn('admin@simpul.test', 'simpul-demo')}>sign in</button>
      <button onClick={() => session.signOut()}>sign out</button>
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

describe('session', () => {
  beforeEach(() => window.sessionStorage.clear());
  afterEach(() => jest.useRealTimers());

  it('signs in, keeps the token in sessionStorage and signs out', async () => {
    const expiresAt = new Date(Date.now() + 3_600_000).toISOString();
    const fetchImpl = jest.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
      const { query } = JSON.parse(String(init?.body)) as { query: string };
      if (query.startsWith('mutation SignIn')) return json({ data: { signIn: { accessToken: 'tok', expiresAt, user: ADMIN } } });
      return json({ data: { me: ADMIN } });
    });
    renderWith(fetchImpl);
    expect(screen.getByText('anonymous')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'sign in' }));
    await screen.findByText('signed in as Admin Nasional');
    expect(readStoredSession()?.accessToken).toBe('tok');
    await userEvent.click(screen.getByRole('button', { name: 'sign out' }));
    expect(screen.getByText('anonymous')).toBeTruthy();
    expect(window.sessionStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
  });

  it('drops a stored session whose token has expired', () => {
    window.sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ accessToken: 'old', expiresAt: new Date(Date.now() - 1000).toISOString(), user: ADMIN }));
    renderWith(jest.fn());
    expect(screen.getByText('anonymous')).toBeTruthy();
  });

  it('ends the session when the token expires while the page is open', async () => {
    jest.useFakeTimers();
    window.sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ accessToken: 'tok', expiresAt: new Date(Date.now() + 5000).toISOString(), user: ADMIN }));
    renderWith(jest.fn(async () => json({ data: { me: ADMIN } })));
    expect(screen.getByText('signed in as Admin Nasional')).toBeTruthy();
    await act(async () => {
      jest.advanceTimersByTime(6000);
    });
    expect(screen.getByText('anonymous')).toBeTruthy();
    expect(screen.getByText('ended: expired')).toBeTruthy();
  });

  it('ends the session when the server refuses the stored token', async () => {
    window.sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ accessToken: 'revoked', expiresAt: new Date(Date.now() + 3_600_000).toISOString(), user: ADMIN }));
    renderWith(jest.fn(async () => json({ errors: [{ message: 'Invalid token', extensions: { code: 'UNAUTHENTICATED' } }] })));
    await waitFor(() => expect(screen.getByText('anonymous')).toBeTruthy());
    expect(screen.getByText('ended: expired')).toBeTruthy();
  });
});

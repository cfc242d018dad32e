import { randomBytes } from 'node:crypto';
import { INTERNAL_TOKEN_HEADER, readInternalToken } from '@simpul/service-kit';
import express, { type Express, type Request, type Response } from 'express';

/**
 * The registry's internal REST endpoints (contracts-11 §A) as the gateway tests need them: sessions
 * by email + password with refresh and revoke, each user's token state and each desk plugin's
 * status. Refuses a call without a valid internal token exactly as the registry does, and records
 * what it was sent.
 */
export interface TestAccount {
  id: string;
  email: string;
  password: string;
  displayName: string;
  role: string;
}

export interface SeenInternalCall {
  method: string;
  path: string;
  clientAddress: string | undefined;
  caller: unknown;
}

export interface TestRegistryInternal {
  addAccount(account: TestAccount): void;
  /** Overrides the token state of a user (default: version 0, active). */
  setTokenState(userId: string, state: { tokenVersion: number; active: boolean } | 'deleted'): void;
  /** Sets a desk plugin's review status; a plugin never set is unknown (404). */
  setPluginState(pluginId: string, status: string): void;
  pluginStateCalls(pluginId: string): number;
  /** Answer every call with this status (a registry in trouble), or null to answer normally. */
  failWith(status: number | null): void;
  calls: SeenInternalCall[];
  tokenStateCalls(userId: string): number;
}

const UNAUTHENTICATED = { id: 'Alamat email atau kata sandi salah.', en: 'The email address or password is wrong.' };
const THROTTLED = { id: 'Terlalu banyak percobaan masuk; coba lagi nanti.', en: 'Too many sign-in attempts; try again later.' };
const EXPIRED = { id: 'Sesi Anda telah berakhir.', en: 'Your session has ended.' };

function refuse(
  res: Response,
  status: number,
  code: string,
  messages: { id: string; en: string },
  extra: Record<string, unknown> = {},
): void {
  res.status(status).json({ errors: [{ message: messages.en, extensions: { code, messages, ...extra } }] });
}

export function installTestRegistryInternal(app: Express, internalSecret: string): TestRegistryInternal {
  const accounts = new Map<string, TestAccount>();
  const sessions = new Map<string, string>();
  const states = new Map<string, { tokenVersion: number; active: boolean } | 'deleted'>();
  const plugins = new Map<string, string>();
  const calls: SeenInternalCall[] = [];
  let failing: number | null = null;

  const userJson = (account: TestAccount) => ({
    id: account.id,
    email: account.email,
    displayName: account.displayName,
    role: account.role,
    mallId: null,
    serviceUnit: null,
  });
  const accessFor = (account: TestAccount) => ({
    accessToken: `access-${account.id}-${randomBytes(4).toString('hex')}`,
    expiresAt: new Date(Date.now() + 900_000).toISOString(),
    user: userJson(account),
  });

  app.use('/internal', express.json(), (req: Request, res: Response, next) => {
    const header = req.headers[INTERNAL_TOKEN_HEADER];
    const check = readInternalToken(typeof header === 'string' ? header : undefined, internalSecret);
    const forwarded = req.headers['x-forwarded-for'];
    calls.push({
      method: req.method,
      path: req.originalUrl,
      clientAddress: typeof forwarded === 'string' ? forwarded : undefined,
      caller: check.ok ? check.caller : undefined,
    });
    if (!check.ok) return refuse(res, 401, 'UNAUTHENTICATED', { id: 'Harus melalui gateway.', en: 'Calls must come through the gateway.' });
    if (failing !== null) return void res.status(failing).send('trouble');
    next();
  });

  app.post('/internal/sessions', (req, res) => {
    const { email, password } = req.body as { email: string; password: string };
    if (password === 'throttled') return refuse(res, 429, 'RATE_LIMITED', THROTTLED, { retryAfterSeconds: 90 });
    const account = [...accounts.values()].find((candidate) => candidate.email === email);
    if (!account || account.password !== password) return refuse(res, 401, 'UNAUTHENTICATED', UNAUTHENTICATED);
    const refreshToken = randomBytes(32).toString('base64url');
    sessions.set(refreshToken, account.id);
    res.json({ ...accessFor(account), refreshToken, refreshExpiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString() });
  });

  app.post('/internal/sessions/refresh', (req, res) => {
    const account = accounts.get(sessions.get((req.body as { refreshToken: string }).refreshToken) ?? '');
    if (!account) return refuse(res, 401, 'UNAUTHENTICATED', EXPIRED);
    res.json(accessFor(account));
  });

  app.post('/internal/sessions/revoke', (req, res) => {
    sessions.delete((req.body as { refreshToken: string }).refreshToken);
    res.status(204).end();
  });

  app.get('/internal/users/:id/token-state', (req, res) => {
    const state = states.get(req.params.id) ?? { tokenVersion: 0, active: true };
    if (state === 'deleted') return refuse(res, 404, 'NOT_FOUND', { id: 'Tidak ada.', en: 'Not found.' });
    res.json(state);
  });

  app.get('/internal/plugins/:id/state', (req, res) => {
    const status = plugins.get(req.params.id);
    if (!status) return refuse(res, 404, 'NOT_FOUND', { id: 'Plugin tidak ditemukan.', en: 'There is no such plugin.' });
    res.json({ status });
  });

  return {
    addAccount: (account) => accounts.set(account.id, account),
    setTokenState: (userId, state) => states.set(userId, state),
    setPluginState: (pluginId, status) => plugins.set(pluginId, status),
    pluginStateCalls: (pluginId) => calls.filter((call) => call.path === `/internal/plugins/${pluginId}/state`).length,
    failWith: (status) => {
      failing = status;
    },
    calls,
    tokenStateCalls: (userId) => calls.filter((call) => call.path === `/internal/users/${userId}/token-state`).length,
  };
}

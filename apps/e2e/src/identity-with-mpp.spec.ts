import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Identity } from '@simpul/contracts';
import { INTERNAL_TOKEN_HEADER, issueInternalToken, readSecret, stableId } from '@simpul/service-kit';
import { createEmptyDatabase, freePort, startSmtpTestServer, type SmtpTestServer, type TestDatabase } from '@simpul/service-kit/testing';

// Invitations by an MPP operator against the REAL MPP service (built bundles as processes, as
// `npm start` runs them): the registry asks the MPP subgraph whether a mall exists and which
// agencies are its tenants, with the caller in the internal token; e-mail goes to a real SMTP server.
jest.setTimeout(240_000);

const workspaceRoot = path.resolve(__dirname, '../../..');
const mainOf = (app: string) => path.join(workspaceRoot, 'dist/apps', app, 'main.js');
const BANJARMASIN = stableId('mall', 'mpp-kota-banjarmasin');
const PALANGKA_RAYA = stableId('mall', 'mpp-kota-palangka-raya');
const identity = (email: string, role: Identity['role'], mallId: string | null = null): Identity => ({
  userId: stableId('user', email),
  email,
  displayName: email,
  role,
  serviceUnitId: null,
  mallId,
});
const ADMIN = identity('admin@simpul.test', 'NATIONAL_ADMIN');
const OPERATOR = identity('operator.banjarmasin@simpul.test', 'MPP_OPERATOR', BANJARMASIN);
const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { email role status serviceUnitId mallId } }`;

type Result = { data?: Record<string, unknown> | null; errors?: { extensions: { code: string; field?: string } }[] };

function runOnce(app: string, command: string, env: NodeJS.ProcessEnv): void {
  const result = spawnSync(process.execPath, [mainOf(app), command], {
    cwd: workspaceRoot,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`${app} ${command} failed: ${result.stderr || result.stdout}`);
}

async function launch(app: string, port: number, env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const child = spawn(process.execPath, [mainOf(app)], {
    cwd: workspaceRoot,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${app} exited: ${stderr}`);
    if (
      await fetch(`http://127.0.0.1:${port}/health`).then(
        (response) => response.ok,
        () => false,
      )
    )
      return child;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill('SIGTERM');
  throw new Error(`${app} did not become healthy: ${stderr}`);
}

describe('invitations checked against the real MPP service', () => {
  let database: TestDatabase;
  let smtp: SmtpTestServer;
  let registryUrl: string;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    database = await createEmptyDatabase('identity_mpp');
    smtp = await startSmtpTestServer();
    const [registryPort, mppPort] = [await freePort(), await freePort()];
    registryUrl = `http://127.0.0.1:${registryPort}/graphql`;
    const env = {
      DATABASE_URL: database.url,
      SMTP_URL: smtp.url,
      REGISTRY_URL: registryUrl,
      MPP_URL: `http://127.0.0.1:${mppPort}/graphql`,
    };
    for (const app of ['registry-service', 'mpp-service']) {
      runOnce(app, 'migrate', env);
      runOnce(app, 'seed', env);
    }
    children.push(await launch('registry-service', registryPort, env));
    children.push(await launch('mpp-service', mppPort, env));
  });

  afterAll(async () => {
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
          }),
      ),
    );
    await smtp?.close();
    await database?.drop();
  });

  /** As the gateway sends it: an internal token carrying the caller. */
  async function asCaller(caller: Identity, query: string, variables: Record<string, unknown>): Promise<Result> {
    const response = await fetch(registryUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [INTERNAL_TOKEN_HEADER]: issueInternalToken(caller, readSecret('INTERNAL_SECRET'), randomUUID()),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as Result;
  }

  it('an operator invites a desk of a unit whose agency is a tenant of its mall, and the e-mail arrives', async () => {
    const result = await asCaller(OPERATOR, INVITE, {
      input: { email: 'desk.baru@kalselprov.go.id', name: 'Desk Baru', role: 'UNIT_DESK', serviceUnitId: stableId('unit', 'samsat-63') },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.inviteUser).toMatchObject({ role: 'UNIT_DESK', status: 'INVITED' });
    expect((await smtp.nextMailTo('desk.baru@kalselprov.go.id')).text).toMatch(/atur-kata-sandi\?token=/);
  });

  it.each([
    [
      'a desk of a unit whose agency is a tenant elsewhere',
      { role: 'UNIT_DESK', serviceUnitId: stableId('unit', 'dpmptsp-62') },
      'input.serviceUnitId',
    ],
    ['an operator of another mall', { role: 'MPP_OPERATOR', mallId: PALANGKA_RAYA }, 'input.mallId'],
  ])('an operator may not invite %s', async (_label, binding, field) => {
    const result = await asCaller(OPERATOR, INVITE, {
      input: { email: `luar.${binding.role.toLowerCase()}@simpul.test`, name: 'Di Luar', ...binding },
    });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', field });
  });

  it('an admin invites an operator for a mall the MPP service knows, and is refused an unknown one', async () => {
    const known = await asCaller(ADMIN, INVITE, {
      input: { email: 'operator.palangka@simpul.test', name: 'Operator Palangka Raya', role: 'MPP_OPERATOR', mallId: PALANGKA_RAYA },
    });
    expect(known.data!.inviteUser).toMatchObject({ role: 'MPP_OPERATOR', mallId: PALANGKA_RAYA });
    const unknown = await asCaller(ADMIN, INVITE, {
      input: { email: 'operator.hantu@simpul.test', name: 'Operator Hantu', role: 'MPP_OPERATOR', mallId: stableId('mall', 'tidak-ada') },
    });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.mallId' });
  });

  it('an operator lists its mall’s operators and its tenants’ desks', async () => {
    const result = await asCaller(OPERATOR, `{ users(first: 100) { edges { node { email } } } }`, {});
    const emails = (result.data!.users as { edges: { node: { email: string } }[] }).edges.map((edge) => edge.node.email).sort();
    expect(emails).toEqual([
      'admin.kalsel@simpul.test',
      'desk.baru@kalselprov.go.id',
      'desk.samsat-kalsel@simpul.test',
      'operator.banjarmasin@simpul.test',
    ]);
  });
});

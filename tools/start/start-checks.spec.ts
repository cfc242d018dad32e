import net from 'node:net';

// The launcher's refusals: one sentence that says what to do, never a stack trace.
// The .mjs scripts are type-checked (checkJs): their JSDoc types reach these tests as they are.
const loadPorts = () => import('./ports.mjs');
const loadDatabase = () => import('./database.mjs');

describe('npm start refuses clearly', () => {
  it('names a port that is already in use and the variable that moves it', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as net.AddressInfo;
    const { assertPortsFree } = await loadPorts();
    await expect(assertPortsFree([{ port, what: 'GraphQL gateway', variable: 'GATEWAY_PORT' }])).rejects.toThrow(
      `Port ${port} (GraphQL gateway) is already in use: stop the program using it or set GATEWAY_PORT to another port.`,
    );
    await new Promise((resolve) => blocker.close(resolve));
  });

  it('names two of its own variables set to the same port before starting anything', async () => {
    const { assertPortsFree } = await loadPorts();
    await expect(
      assertPortsFree([
        { port: 4300, what: 'portal', variable: 'PORTAL_PORT' },
        { port: 4301, what: 'GraphQL gateway', variable: 'GATEWAY_PORT' },
        { port: 4300, what: 'example agency plugin', variable: 'PLUGIN_PORT' },
      ]),
    ).rejects.toThrow('PORTAL_PORT and PLUGIN_PORT are both 4300: give each its own port.');
  });

  it('says which database it cannot reach, without its password', async () => {
    const { checkDatabase } = await loadDatabase();
    await expect(checkDatabase('postgres://simpul:s3cret@127.0.0.1:1/nowhere')).rejects.toThrow(
      /^Cannot reach the database at postgres:\/\/simpul:\*\*\*@127\.0\.0\.1:1\/nowhere/,
    );
  });

  it('hides passwords in database URLs it prints', async () => {
    const { redact } = await loadDatabase();
    expect(redact('postgres://user:pw@host:5432/db')).toBe('postgres://user:***@host:5432/db');
  });
});

const loadFirstRunNote = () => import('./first-run-note.mjs');

describe('npm start on a first run says what a new installation needs to hear', () => {
  it('does not claim demo data when SEED_DEMO=false loaded none', async () => {
    const { seededLine } = await loadFirstRunNote();
    expect(seededLine(false)).not.toMatch(/demo data are/);
    expect(seededLine(false)).toContain('SEED_DEMO=false');
    expect(seededLine(true)).toContain('demo data are up to date');
  });

  it('tells a stack on DATABASE_URL to create the first admin with the same DATABASE_URL, not in the embedded database', async () => {
    const { firstAdminLines } = await loadFirstRunNote();
    expect(firstAdminLines({ embedded: false }).join('\n')).toMatch(
      /DATABASE_URL=.*npm run admin -- create-admin --email <email> --name "<name>"/,
    );
    expect(firstAdminLines({ embedded: true }).join('\n')).not.toContain('DATABASE_URL');
    expect(firstAdminLines({ embedded: true }).join('\n')).toContain('npm run admin -- create-admin --email <email> --name "<name>"');
  });
});

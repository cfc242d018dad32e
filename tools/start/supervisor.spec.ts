import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import type { Supervisor as SupervisorType, Unit } from './supervisor.mjs';

// What `npm start` does when one of its processes dies, on real child processes (tiny node scripts).
// Runs are timed with a clock the test holds, so a busy machine cannot make a short run look long.
const load = () => import('./supervisor.mjs');

const SLEEPER = 'setInterval(() => {}, 1000)';
const CRASHER = 'console.error("boom: no DATABASE_URL"); process.exit(3)';

function node(script: string): ChildProcess {
  return spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
}

const alive = (child: ChildProcess | undefined) => child !== undefined && child.exitCode === null && child.signalCode === null;

let supervisor: SupervisorType | undefined;
afterEach(async () => {
  await supervisor?.stop();
  supervisor = undefined;
});

async function supervise(unit: Unit, options: ConstructorParameters<typeof SupervisorType>[0] = {}) {
  const { Supervisor } = await load();
  const lines: string[] = [];
  supervisor = new Supervisor({ log: (line) => lines.push(line), now: () => 0, ...options });
  const supervised = await supervisor.add(unit);
  return { supervisor, supervised, lines };
}

describe('the supervisor', () => {
  it('restarts a child killed with SIGKILL, saying which, why and when in one line, then that it is back', async () => {
    const { supervisor, supervised, lines } = await supervise({ name: 'registry', start: () => node(SLEEPER) }, { initialDelayMs: 100 });
    const first = supervised.child;
    const restarted = once(supervisor, 'restart');
    first?.kill('SIGKILL');
    const [{ name, attempt, child }] = (await restarted) as [{ name: string; attempt: number; child: ChildProcess }];
    expect([name, attempt]).toEqual(['registry', 1]);
    expect(child.pid).not.toBe(first?.pid);
    expect(alive(child)).toBe(true);
    expect(supervised.child).toBe(child);
    expect(lines).toEqual([
      expect.stringMatching(/^registry stopped unexpectedly \(SIGKILL\) .*restarting in 0\.1 s at \d\d:\d\d:\d\d \(restart 1\)\.$/),
      'registry is back (restart 1).',
    ]);
  });

  it('waits twice as long after each crash right after start, up to the maximum', async () => {
    const { supervisor } = await supervise({ name: 'skm', start: () => node(CRASHER) }, { initialDelayMs: 10, maxDelayMs: 40 });
    const delays: number[] = [];
    const reasons: string[] = [];
    await new Promise<void>((resolve) => {
      supervisor.on('exit', ({ delayMs, reason }) => {
        delays.push(delayMs);
        reasons.push(reason);
        if (delays.length === 5) resolve();
      });
    });
    await supervisor.stop();
    expect(delays).toEqual([10, 20, 40, 40, 40]);
    expect(new Set(reasons)).toEqual(new Set(['exit code 3']));
  });

  it('calls out a child that keeps crashing right after start, with its last output', async () => {
    const { supervisor, lines } = await supervise(
      { name: 'kipp', start: () => node(CRASHER) },
      { initialDelayMs: 10, maxDelayMs: 1000, crashLoopAfter: 3, stableAfterMs: 20_000 },
    );
    const [{ name, runs }] = (await once(supervisor, 'crash-loop')) as [{ name: string; runs: number }];
    await supervisor.stop();
    expect([name, runs]).toEqual(['kipp', 3]);
    const callOut = lines.filter((line) => line.includes('keeps crashing'));
    expect(callOut).toEqual([
      'kipp keeps crashing right after start: 3 runs in a row under 20 s (last: exit code 3; its last output: boom: no DATABASE_URL). ' +
        'It is retried every 1 s at most; fix the cause, or Ctrl-C to stop.',
    ]);
  });

  it('goes back to the first delay once a run lasted', async () => {
    let clock = 0;
    const { supervisor, supervised } = await supervise(
      { name: 'mpp', start: () => node(SLEEPER) },
      { initialDelayMs: 10, maxDelayMs: 1000, stableAfterMs: 60_000, now: () => clock },
    );
    const delays: number[] = [];
    supervisor.on('exit', ({ delayMs }) => delays.push(delayMs));
    for (const ranMs of [0, 0, 0, 60_000]) {
      const restarted = once(supervisor, 'restart');
      clock += ranMs;
      supervised.child?.kill('SIGKILL');
      await restarted;
    }
    expect(delays).toEqual([10, 20, 40, 10]);
  });

  it('retries a start that fails, like a crash', async () => {
    let starts = 0;
    const { supervisor, lines } = await supervise(
      {
        name: 'postgres',
        start: () => {
          starts += 1;
          if (starts === 2) throw new Error('port 5290 is in use');
          return node(starts === 1 ? CRASHER : SLEEPER);
        },
      },
      { initialDelayMs: 10 },
    );
    const [{ attempt, child }] = (await once(supervisor, 'restart')) as [{ attempt: number; child: ChildProcess }];
    expect([attempt, starts, alive(child)]).toEqual([2, 3, true]);
    expect(lines[1]).toMatch(/^postgres stopped unexpectedly \(could not start: port 5290 is in use\)/);
  });

  it('stops every child on stop() and restarts none of them', async () => {
    const { supervisor, supervised } = await supervise({ name: 'gateway', start: () => node(SLEEPER) }, { initialDelayMs: 10 });
    const other = await supervisor.add({ name: 'portal', start: () => node(SLEEPER) });
    const events: string[] = [];
    supervisor.on('exit', ({ name }) => events.push(`exit ${name}`));
    supervisor.on('restart', ({ name }) => events.push(`restart ${name}`));
    await supervisor.stop();
    expect([alive(supervised.child), alive(other.child)]).toEqual([false, false]);
    expect([supervised.child?.signalCode, other.child?.signalCode]).toEqual(['SIGTERM', 'SIGTERM']);
    // Twenty times the restart delay: a restart would have happened by now.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(events).toEqual([]);
  });

  it('cancels a restart that is waiting when stop() comes', async () => {
    const { supervisor, supervised } = await supervise({ name: 'evaluation', start: () => node(SLEEPER) }, { initialDelayMs: 100 });
    const crashed = once(supervisor, 'exit');
    supervised.child?.kill('SIGKILL');
    await crashed;
    const restarts: string[] = [];
    supervisor.on('restart', ({ name }) => restarts.push(name));
    await supervisor.stop();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect([restarts, supervised.pending, alive(supervised.child)]).toEqual([[], undefined, false]);
  });
});

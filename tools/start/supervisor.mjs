// Keeps `npm start`'s processes running: a child that exits while nobody asked it to is started
// again after a back-off (0.5 s doubling to 30 s, back to 0.5 s once a run lasted 20 s), each exit
// and restart said in one line, a child that keeps dying right after start called out with its last
// output line. stop() ends everything and restarts nothing from then on.
import { EventEmitter } from 'node:events';

/** @typedef {import('node:child_process').ChildProcess} ChildProcess */
/**
 * A process to keep running. `start` spawns it (or resolves once it runs; a rejection counts as a
 * crash right after start); `stop` ends it (default SIGTERM, SIGKILL after 5 s); `ready`, when
 * given, says whether a restarted child came up (health check) before it is reported "back".
 * @typedef {{ name: string, start: () => ChildProcess | Promise<ChildProcess>, stop?: (child: ChildProcess) => Promise<void>, ready?: (child: ChildProcess) => Promise<boolean> }} Unit
 */
/**
 * @typedef {object} SupervisorOptions
 * @property {(line: string) => void} [log] where the one-line reports go
 * @property {number} [initialDelayMs] the first restart's delay
 * @property {number} [maxDelayMs] the longest delay
 * @property {number} [stableAfterMs] a run at least this long resets the delay
 * @property {number} [crashLoopAfter] this many short runs in a row are reported as a crash loop
 * @property {() => number} [now] the clock runs are timed with (the spec sets it)
 */
/**
 * What the supervisor tells listeners (the spec, and nobody else today):
 * 'exit' { name, reason, delayMs, attempt }, 'restart' { name, attempt, child }, 'crash-loop' { name, runs }.
 * @typedef {{ exit: [{ name: string, reason: string, delayMs: number, attempt: number }], restart: [{ name: string, attempt: number, child: ChildProcess }], 'crash-loop': [{ name: string, runs: number }] }} SupervisorEvents
 */

/** One supervised process: the child running now (undefined between a crash and its restart). */
export class Supervised {
  /** @param {Unit} unit */
  constructor(unit) {
    this.unit = unit;
    /** @type {ChildProcess | undefined} */
    this.child = undefined;
    /** Restarts so far. */
    this.restarts = 0;
    /** Runs in a row shorter than stableAfterMs. */
    this.shortRuns = 0;
    /** @type {NodeJS.Timeout | undefined} */
    this.pending = undefined;
    this.lastLine = '';
    /** @type {Promise<void> | undefined} the last start, which stop() waits for */
    this.starting = undefined;
  }

  get name() {
    return this.unit.name;
  }

  /** Whether the current child runs (false while waiting to restart). */
  isRunning() {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }
}

/** @extends {EventEmitter<SupervisorEvents>} */
export class Supervisor extends EventEmitter {
  /** @param {SupervisorOptions} [options] */
  constructor({
    log = (line) => console.error(line),
    initialDelayMs = 500,
    maxDelayMs = 30_000,
    stableAfterMs = 20_000,
    crashLoopAfter = 5,
    now = Date.now,
  } = {}) {
    super();
    this.log = log;
    this.initialDelayMs = initialDelayMs;
    this.maxDelayMs = maxDelayMs;
    this.stableAfterMs = stableAfterMs;
    this.crashLoopAfter = crashLoopAfter;
    this.now = now;
    /** @type {Supervised[]} */
    this.supervised = [];
    this.stopping = false;
  }

  /**
   * Starts `unit` and keeps it running. Rejects when its first start fails (the caller decides
   * whether that is fatal); a later failed start is retried like a crash.
   * @param {Unit} unit
   */
  async add(unit) {
    const supervised = new Supervised(unit);
    this.supervised.push(supervised);
    await this.#launch(supervised);
    return supervised;
  }

  /** @param {Supervised} supervised */
  #launch(supervised) {
    const starting = this.#run(supervised);
    supervised.starting = starting.catch(() => {});
    return starting;
  }

  /**
   * The delay after the `shortRuns`-th short run in a row: the first waits initialDelayMs, each
   * further one twice as long, up to maxDelayMs.
   * @param {number} shortRuns
   */
  delayFor(shortRuns) {
    return Math.min(this.maxDelayMs, this.initialDelayMs * 2 ** Math.max(0, shortRuns - 1));
  }

  /** @param {Supervised} supervised */
  async #run(supervised) {
    const startedAt = this.now();
    const child = await supervised.unit.start();
    supervised.child = child;
    if (this.stopping) {
      // Started while shutting down (a restart that was already under way): end it at once.
      await this.#end(supervised);
      return;
    }
    /** @param {import('node:stream').Readable | null} stream */
    const remember = (stream) =>
      stream?.on('data', (/** @type {Buffer} */ chunk) => {
        const line = chunk
          .toString()
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean)
          .pop();
        if (line) supervised.lastLine = line;
      });
    remember(child.stdout);
    remember(child.stderr);
    // A spawn that fails (say, a missing file) emits 'error' and then 'exit'; the exit is what counts.
    child.on('error', (error) => (supervised.lastLine = error.message));
    /** @param {number | null} code @param {NodeJS.Signals | null} signal */
    const exited = (code, signal) => this.#exited(supervised, this.now() - startedAt, signal ?? `exit code ${code}`);
    if (child.exitCode !== null || child.signalCode !== null) exited(child.exitCode, child.signalCode);
    else child.once('exit', exited);
  }

  /**
   * @param {Supervised} supervised
   * @param {number} ranMs
   * @param {string} reason
   */
  #exited(supervised, ranMs, reason) {
    if (this.stopping) return;
    supervised.shortRuns = ranMs >= this.stableAfterMs ? 1 : supervised.shortRuns + 1;
    const delayMs = this.delayFor(supervised.shortRuns);
    const attempt = supervised.restarts + 1;
    const at = new Date(Date.now() + delayMs).toLocaleTimeString('en-GB');
    this.log(
      `${supervised.name} stopped unexpectedly (${reason}) after ${seconds(ranMs)}; restarting in ${seconds(delayMs)} at ${at} (restart ${attempt}).`,
    );
    this.emit('exit', { name: supervised.name, reason, delayMs, attempt });
    if (supervised.shortRuns === this.crashLoopAfter) {
      this.log(
        `${supervised.name} keeps crashing right after start: ${supervised.shortRuns} runs in a row under ${seconds(this.stableAfterMs)} ` +
          `(last: ${reason}${supervised.lastLine ? `; its last output: ${supervised.lastLine}` : ''}). ` +
          `It is retried every ${seconds(this.maxDelayMs)} at most; fix the cause, or Ctrl-C to stop.`,
      );
      this.emit('crash-loop', { name: supervised.name, runs: supervised.shortRuns });
    }
    supervised.pending = setTimeout(() => {
      supervised.pending = undefined;
      if (this.stopping) return;
      supervised.restarts = attempt;
      this.#launch(supervised).then(
        async () => {
          const child = supervised.child;
          if (!child || this.stopping) return;
          this.emit('restart', { name: supervised.name, attempt, child });
          // Without a health check, a start that resolved is the best news there is (PostgreSQL's
          // resolves once it accepts connections).
          const up = supervised.unit.ready ? await supervised.unit.ready(child) : true;
          if (up && !this.stopping) {
            this.log(`${supervised.name} is back (restart ${attempt}).`);
          }
        },
        (/** @type {unknown} */ error) =>
          this.#exited(supervised, 0, `could not start: ${error instanceof Error ? error.message : String(error)}`),
      );
    }, delayMs);
  }

  /** Restarts nothing from now on (a process that exits stays down); stop() does this first. */
  stopRestarting() {
    this.stopping = true;
    for (const supervised of this.supervised) {
      clearTimeout(supervised.pending);
      supervised.pending = undefined;
    }
  }

  /** Stops every process (in parallel) and restarts none from now on. */
  async stop() {
    this.stopRestarting();
    await Promise.all(this.supervised.map((supervised) => supervised.starting ?? Promise.resolve()));
    await Promise.all(this.supervised.map((supervised) => this.#end(supervised)));
  }

  /** @param {Supervised} supervised */
  async #end(supervised) {
    const child = supervised.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    if (supervised.unit.stop) return supervised.unit.stop(child);
    await new Promise((resolve) => {
      child.once('exit', resolve);
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5000).unref();
    });
  }
}

/** @param {number} ms */
function seconds(ms) {
  return `${Number((ms / 1000).toFixed(1))} s`;
}

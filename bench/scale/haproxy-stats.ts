// HAProxy's statistics page as CSV (`<stats>/;csv`): per server, its state and sessions so far.
export type ServerStats = { status: string; sessions: number };

/** Server name → state and total sessions, for every backend server. */
export async function readReplicaStats(url: string): Promise<Map<string, ServerStats>> {
  const text = await (await fetch(url, { signal: AbortSignal.timeout(2000) })).text();
  const [header, ...lines] = text.replace(/^# /, '').trim().split('\n');
  const columns = header.split(',');
  const at = (name: string) => columns.indexOf(name);
  const servers = new Map<string, ServerStats>();
  for (const line of lines) {
    const cells = line.split(',');
    const name = cells[at('svname')];
    if (name === 'FRONTEND' || name === 'BACKEND') continue;
    servers.set(name, { status: cells[at('status')], sessions: Number(cells[at('stot')]) });
  }
  return servers;
}

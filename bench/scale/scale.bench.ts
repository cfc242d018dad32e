// Issue 19 part 4, a test of the design: `npm run scale`'s stack (two replicas of every service and
// two gateways behind HAProxy, one PostgreSQL) under a mixed load through the load balancer —
// GraphQL reads touching every subgraph and public SKM submissions — while one replica of each
// service and one gateway are killed with SIGKILL mid-run and restarted by the supervisor.
// Reports: reads failed (target 0); writes acknowledged, retried by the client with the same
// submissionId (the SKM write path stores a replay once) or refused (with their error code);
// acknowledged writes missing from PostgreSQL (must be 0); and per killed process the time from its
// restart to answering /health and to HAProxy sending it traffic again.
// BENCH_DURATION_MS (60000), BENCH_SCALE_READERS (6), BENCH_SCALE_WRITERS (2), BENCH_SCALE_KILL_AT_MS (20000).
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startScale } from './scale-stack.mjs';
import { readReplicaStats, type ServerStats } from './haproxy-stats';

const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 60_000);
const READERS = Number(process.env.BENCH_SCALE_READERS ?? 6);
const WRITERS = Number(process.env.BENCH_SCALE_WRITERS ?? 2);
const KILL_AT_MS = Number(process.env.BENCH_SCALE_KILL_AT_MS ?? 20_000);
const WRITE_ATTEMPTS = 5;
const loadAverage = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' / ');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Reads a visitor's pages make, one per subgraph and one across them. */
const READS = [
  '{ provinces { code name } }',
  `query Units { serviceUnits(first: 20) { totalCount edges { node { id name region { code name } services(first: 10) { totalCount edges { node { id name } } } } } } }`,
  '{ nationalIppTrend { __typename } }',
  '{ ikmByProvince { year provinces { __typename } } }',
  '{ innovations(first: 10) { edges { node { id } } } }',
  '{ malls(first: 10) { edges { node { id name } } } }',
];
const SUBMIT = 'mutation Submit($s: [SkmSubmissionInput!]!) { submitSkmResponses(submissions: $s) { status responseId } }';

type Answer =
  | { ok: true; body: { data?: Record<string, unknown>; errors?: { message: string; extensions?: { code?: string } }[] } }
  | { ok: false; reason: string };

async function post(url: string, body: unknown): Promise<Answer> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    if (response.status !== 200) return { ok: false, reason: `HTTP ${response.status} ${text.slice(0, 120)}` };
    const parsed = JSON.parse(text) as Extract<Answer, { ok: true }>['body'];
    if (parsed.errors?.length) return { ok: false, reason: `${parsed.errors[0].extensions?.code ?? ''} ${parsed.errors[0].message}` };
    return { ok: true, body: parsed };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

async function main(): Promise<void> {
  const databaseDir = fs.mkdtempSync(path.join(os.tmpdir(), 'simpul-bench-scale-pg-'));
  fs.rmSync(databaseDir, { recursive: true });
  console.log(`Starting the stack (load ${loadAverage()}, ${os.cpus().length} cores)…`);
  const startedAt = Date.now();
  const scale = await startScale({
    databaseDir,
    // The bench is one client address: the rate limiter (shared in PostgreSQL) must not refuse it.
    env: { ...process.env, SKM_RATE_CAPACITY: '1000000', SKM_RATE_PER_MINUTE: '1000000' },
    log: (line) => console.log(`  ${line}`),
  });
  const db = new pg.Client({ connectionString: scale.databaseUrl });
  try {
    console.log(`Stack ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
    await db.connect();
    const url = `http://127.0.0.1:${scale.layout.gateway.port}/graphql`;
    const statsUrl = `http://127.0.0.1:${scale.layout.stats}/;csv`;

    for (const query of READS) {
      const answer = await post(url, { query });
      if (!answer.ok) throw new Error(`read ${query.slice(0, 40)} fails before any kill: ${answer.reason}`);
    }
    // A seeded survey open today that takes a QR questionnaire.
    const { rows: surveys } = await db.query<{ public_code: string; elements: { code: string }[] }>(
      `SELECT public_code, elements FROM skm.surveys WHERE current_date BETWEEN starts_on AND ends_on ORDER BY public_code`,
    );
    const questionnaire = (survey: (typeof surveys)[number]) => ({
      channel: 'QR',
      surveyCode: survey.public_code,
      submissionId: randomUUID(),
      answers: survey.elements.map((element, index) => ({ element: element.code, value: 1 + (index % 4) })),
    });
    let survey: (typeof surveys)[number] | undefined;
    for (const candidate of surveys) {
      const answer = await post(url, { query: SUBMIT, variables: { s: [questionnaire(candidate)] } });
      if (answer.ok) {
        survey = candidate;
        break;
      }
    }
    if (!survey) throw new Error(`none of the ${surveys.length} surveys open today takes a QR questionnaire`);
    const respondentsBefore = Number((await db.query<{ count: string }>('SELECT count(*) FROM skm.responses')).rows[0].count);

    const deadline = Date.now() + DURATION_MS;
    const readFailures = new Map<string, number>();
    const writeRefusals = new Map<string, number>();
    let reads = 0;
    let writes = 0;
    let writesRetried = 0;
    let attemptsFailed = 0;
    let retriedDuplicates = 0;
    const attemptFailures = new Map<string, number>();
    const acknowledged: string[] = [];

    // The load goes on past the duration until every killed process takes traffic again (or 3 min).
    let recovered = false;
    const loading = () => Date.now() < deadline || (!recovered && Date.now() < deadline + 180_000);
    const reader = async (index: number) => {
      for (let i = index; loading(); i += 1) {
        const answer = await post(url, { query: READS[i % READS.length] });
        reads += 1;
        if (!answer.ok) count(readFailures, answer.reason.slice(0, 80));
      }
    };
    const writer = async () => {
      while (loading()) {
        const one = questionnaire(survey);
        writes += 1;
        let last = '';
        for (let attempt = 1; attempt <= WRITE_ATTEMPTS; attempt += 1) {
          const answer = await post(url, { query: SUBMIT, variables: { s: [one] } });
          if (answer.ok) {
            acknowledged.push(one.submissionId);
            if (attempt > 1) writesRetried += 1;
            // DUPLICATE on a retry: the failed attempt had committed before its answer was lost.
            const receipts = answer.body.data?.submitSkmResponses as { status: string }[] | undefined;
            if (attempt > 1 && receipts?.[0]?.status === 'DUPLICATE') retriedDuplicates += 1;
            last = '';
            break;
          }
          attemptsFailed += 1;
          last = answer.reason.slice(0, 80);
          count(attemptFailures, last);
          await sleep(250 * attempt);
        }
        if (last) count(writeRefusals, last);
      }
    };

    // Kills: one replica of each service and one gateway at once, then the supervisor restarts them.
    const victims = scale.layout.replicas.filter((replica) => replica.replica === 1);
    const recovery: { name: string; restartMs: number; healthMs: number; trafficMs: number }[] = [];
    const killer = async () => {
      await sleep(KILL_AT_MS);
      const killedAt = Date.now();
      const restarted = new Map<string, number>();
      const onRestart = ({ name }: { name: string }) => restarted.set(name, Date.now());
      scale.supervisor.on('restart', onRestart);
      for (const victim of victims) scale.supervisor.supervised.find((s) => s.name === victim.name)?.child?.kill('SIGKILL');
      console.log(`  t=${((killedAt - (deadline - DURATION_MS)) / 1000).toFixed(1)} s: SIGKILL ${victims.map((v) => v.name).join(', ')}`);
      await Promise.all(
        victims.map(async (victim) => {
          const giveUp = Date.now() + 180_000;
          let healthAt = 0;
          // Sessions are requests HAProxy sent to it; the gateways' health checks call subgraphs too.
          let trafficAt = 0;
          let sessionsAtHealth = Infinity;
          while (Date.now() < giveUp && !trafficAt) {
            const restartAt = restarted.get(victim.name);
            if (restartAt && !healthAt) {
              const health = await fetch(`http://127.0.0.1:${victim.port}/health`, { signal: AbortSignal.timeout(2000) }).catch(
                () => undefined,
              );
              if (health && (health.ok || victim.kind === 'gateway')) {
                healthAt = Date.now();
                sessionsAtHealth = (await readReplicaStats(statsUrl)).get(victim.name)?.sessions ?? Infinity;
              }
            } else if (healthAt) {
              const now: ServerStats | undefined = (await readReplicaStats(statsUrl)).get(victim.name);
              if (now && now.status.startsWith('UP') && now.sessions > sessionsAtHealth) trafficAt = Date.now();
            }
            await sleep(100);
          }
          const restartAt = restarted.get(victim.name) ?? NaN;
          recovery.push({
            name: victim.name,
            restartMs: restartAt - killedAt,
            healthMs: healthAt - restartAt,
            trafficMs: trafficAt - restartAt,
          });
        }),
      );
      scale.supervisor.off('restart', onRestart);
      recovered = true;
    };

    console.log(`Load: ${READERS} readers and ${WRITERS} writers through HAProxy for ${DURATION_MS / 1000} s (load ${loadAverage()})`);
    await Promise.all([...Array.from({ length: READERS }, (_, i) => reader(i)), ...Array.from({ length: WRITERS }, writer), killer()]);
    const loadAfter = loadAverage();
    const seconds = (Date.now() - (deadline - DURATION_MS)) / 1000;

    const { rows } = await db.query<{ stored: string }>(
      'SELECT count(*) AS stored FROM skm.responses WHERE submission_id = ANY($1::uuid[])',
      [acknowledged],
    );
    const stored = Number(rows[0].stored);
    const respondentsAfter = Number((await db.query<{ count: string }>('SELECT count(*) FROM skm.responses')).rows[0].count);
    const refused = [...writeRefusals.values()].reduce((a, b) => a + b, 0);

    console.log('\nResults');
    console.log(`  load ran ${seconds.toFixed(0)} s (until every killed process took traffic again)`);
    console.log(`  reads: ${reads} sent, ${[...readFailures.values()].reduce((a, b) => a + b, 0)} failed (target 0)`);
    for (const [reason, n] of readFailures) console.log(`    ${n} × ${reason}`);
    console.log(
      `  writes: ${writes} questionnaires, ${acknowledged.length} acknowledged (${writesRetried} after a client retry with the same submissionId, ${attemptsFailed} failed attempts), ${refused} refused after ${WRITE_ATTEMPTS} attempts`,
    );
    console.log(`    failed attempts (then retried):`);
    for (const [reason, n] of attemptFailures) console.log(`      ${n} × ${reason}`);
    console.log(`    retries answered DUPLICATE (the failed attempt had been stored): ${retriedDuplicates}`);
    console.log(`    refused after ${WRITE_ATTEMPTS} attempts:`);
    for (const [reason, n] of writeRefusals) console.log(`      ${n} × ${reason}`);
    console.log(
      `  acknowledged writes in PostgreSQL: ${stored} of ${acknowledged.length}; lost: ${acknowledged.length - stored} (must be 0)`,
    );
    console.log(`  responses stored during the run: ${respondentsAfter - respondentsBefore} (acknowledged + refused that still committed)`);
    console.log('  recovery (from SIGKILL to the supervisor restarting it; from restart to /health; from restart to HAProxy traffic):');
    for (const r of recovery.sort((a, b) => a.name.localeCompare(b.name)))
      console.log(
        `    ${r.name.padEnd(13)} restart +${(r.restartMs / 1000).toFixed(1)} s   health ${(r.healthMs / 1000).toFixed(1)} s   traffic ${(r.trafficMs / 1000).toFixed(1)} s`,
      );
    console.log(`  load average (1/5/15 min) at the end: ${loadAfter}`);
    if (acknowledged.length !== stored) process.exitCode = 1;
  } finally {
    await db.end().catch(() => {});
    await scale.stop();
    fs.rmSync(databaseDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

import path from 'node:path';
import { signIn } from './client';
import { discoverIds } from './ids';
import { runFuzz, type FuzzCase } from './fuzz';
import { matrixFailures, runMatrix, type MatrixCall } from './matrix';
import { loadSupergraph } from './operations';
import { ROLES, type RoleName } from './roles';
import { summary } from './report';

export interface ProbeOptions {
  gatewayUrl: string;
  /** Roles of the matrix (the short form takes two); every demo role by default. */
  roles?: readonly RoleName[];
  fuzzOperations: number;
  seed: number;
  fuzzBudgetMs: number;
  password?: string;
}

export interface ProbeResult {
  matrix: MatrixCall[];
  fuzz: FuzzCase[];
  failures: string[];
  report: string;
}

const workspaceRoot = path.resolve(__dirname, '../../..');

/** The authorization matrix then the fuzz run, against a running gateway with the demo seed. */
export async function runProbe(options: ProbeOptions): Promise<ProbeResult> {
  const schema = loadSupergraph(path.join(workspaceRoot, 'apps/gateway/supergraph.graphql'));
  const tokens: Partial<Record<RoleName, string | null>> = {};
  for (const role of ROLES)
    tokens[role.name] = role.email ? await signIn(options.gatewayUrl, role.email, options.password ?? 'simpul-demo') : null;
  const ids = await discoverIds(options.gatewayUrl, tokens['national-admin'] as string);
  const roles = options.roles ?? ROLES.map((role) => role.name);
  const matrix = await runMatrix({ gatewayUrl: options.gatewayUrl, schema, tokens, ids, roles });
  const fuzzTokens = Object.fromEntries(roles.map((role) => [role, tokens[role]]));
  const { cases, stoppedEarly } = await runFuzz({
    gatewayUrl: options.gatewayUrl,
    schema,
    tokens: fuzzTokens,
    ids: ids.home,
    seed: options.seed,
    operations: options.fuzzOperations,
    budgetMs: options.fuzzBudgetMs,
  });
  const failures = [
    ...matrixFailures(matrix),
    ...cases.flatMap((c) => c.defects.map((defect) => `fuzz #${c.index} ${c.shape} ${c.role} ${c.field}: ${defect} — sent ${c.sample}`)),
  ];
  if (stoppedEarly) failures.push(`fuzz stopped at its time budget after ${cases.length} of ${options.fuzzOperations} operations`);
  return { matrix, fuzz: cases, failures, report: summary(matrix, cases, options.seed, failures) };
}

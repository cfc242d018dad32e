import type { FuzzCase } from './fuzz';
import type { MatrixCall } from './matrix';

/** Outcome classes per row (role, or fuzz shape), as a plain text table. */
export function table(rows: { row: string; outcome: string }[]): string {
  const outcomes = [...new Set(rows.map((r) => r.outcome))].sort();
  const names = [...new Set(rows.map((r) => r.row))];
  const count = (row: string, outcome: string) => rows.filter((r) => r.row === row && r.outcome === outcome).length;
  const width = Math.max(10, ...names.map((n) => n.length));
  const header = ['', ...outcomes].map((cell, i) => (i === 0 ? cell.padEnd(width) : cell.padStart(Math.max(cell.length, 5)))).join(' | ');
  const lines = names.map((name) =>
    [name.padEnd(width), ...outcomes.map((outcome) => String(count(name, outcome)).padStart(Math.max(outcome.length, 5)))].join(' | '),
  );
  return [header, '-'.repeat(header.length), ...lines].join('\n');
}

export function summary(matrix: MatrixCall[], fuzz: FuzzCase[], seed: number, failures: string[]): string {
  const parts = [
    `Authorization matrix: ${matrix.length} calls`,
    table(matrix.map((call) => ({ row: `${call.role} ${call.kind === 'query' ? 'Q' : 'M'}`, outcome: call.outcome }))),
    '',
    `Fuzz: ${fuzz.length} operations, seed ${seed} (replay: PROBE_SEED=${seed})`,
    table(fuzz.map((c) => ({ row: c.shape.replace(/×.*| \d.*/, ''), outcome: c.outcome }))),
    '',
    // Answers with neither data nor a coded error: not failures, but worth a look.
    ...matrix
      .filter((call) => /^HTTP_|NO_CODE/.test(call.outcome))
      .map((call) => `Uncoded answer: ${call.role} ${call.kind} ${call.field} (${call.ids} ids): ${call.outcome}`),
    '',
    failures.length === 0 ? 'No failures.' : `${failures.length} failures:\n${failures.map((f) => `  - ${f}`).join('\n')}`,
  ];
  return parts.join('\n');
}

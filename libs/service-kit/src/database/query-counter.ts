import type { Logger } from 'typeorm';
import { isBackgroundWork } from './background-work';

/**
 * A TypeORM logger that counts SQL statements, so tests and benchmarks can check that statements
 * per request stay flat as page size grows (no N+1). Statements of background work (timers, see
 * `runInBackground`) are not counted: they belong to no request.
 */
export class QueryCounter implements Logger {
  count = 0;
  readonly statements: string[] = [];
  private keep = false;

  reset(keepStatements = false): void {
    this.count = 0;
    this.statements.length = 0;
    this.keep = keepStatements;
  }

  logQuery(query: string): void {
    if (isBackgroundWork()) return;
    this.count += 1;
    if (this.keep) this.statements.push(query);
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

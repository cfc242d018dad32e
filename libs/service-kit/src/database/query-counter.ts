import type { Logger } from 'typeorm';

/**
 * A TypeORM logger that counts SQL statements, so tests and benchmarks can check that statements
 * per request stay flat as page size grows (no N+1).
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
    this.count += 1;
    if (this.keep) this.statements.push(query);
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { runInBackground } from '@simpul/service-kit';

export const COMPACT_EVERY_MS = Symbol('COMPACT_EVERY_MS');

/**
 * Folds skm.rollup_delta into skm.survey_rollup. Every replica runs it; a transaction-scoped
 * advisory lock lets one at a time do the work, and DELETE … RETURNING moves each delta row exactly
 * once. Readers add the two tables (skm.rollup_now), so results never wait for a fold.
 */
@Injectable()
export class RollupCompactor implements OnApplicationBootstrap, OnModuleDestroy {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  private readonly logger = new Logger('RollupCompactor');

  constructor(
    private readonly dataSource: DataSource,
    @Inject(COMPACT_EVERY_MS) private readonly everyMs: number,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.dataSource.isInitialized || this.everyMs <= 0) return;
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = runInBackground(() => this.compact())
        .catch((error: unknown) => {
          this.logger.warn(`rollup compaction failed: ${(error as Error).message}`);
          return 0;
        })
        .finally(() => {
          this.running = null;
        });
    }, this.everyMs);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Moves every pending delta into the rollup; resolves to the number of delta rows folded (0 when another replica holds the lock). */
  async compact(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const [lock] = await manager.query<{ locked: boolean }[]>(`SELECT pg_try_advisory_xact_lock(hashtext('skm.rollup_delta')) AS locked`);
      if (!lock.locked) return 0;
      const [moved] = await manager.query<{ rows: number }[]>(
        `WITH moved AS (DELETE FROM skm.rollup_delta RETURNING survey_id, dimension, bucket, element_index, value, answers),
         folded AS (
           INSERT INTO skm.survey_rollup AS r (survey_id, dimension, bucket, element_index, value, answers)
           SELECT survey_id, dimension, bucket, element_index, value, sum(answers) FROM moved
           GROUP BY survey_id, dimension, bucket, element_index, value ORDER BY survey_id, dimension, bucket, element_index, value
           ON CONFLICT (survey_id, dimension, bucket, element_index, value) DO UPDATE SET answers = r.answers + excluded.answers
           RETURNING 1)
         SELECT (SELECT count(*) FROM moved)::int AS rows`,
      );
      return moved.rows;
    });
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Identity } from '@simpul/contracts';
import { badUserInput, one, rows, conflict, requireText } from '@simpul/service-kit';
import { requireLevel } from '../instruments/scoring-input';
import { CyclePhase } from '../cycles/cycle-phase.enum';
import { CycleService } from '../cycles/cycle.service';
import { requirePhase } from '../cycles/phase-rules';
import { descriptorOf, indicatorOf } from '../instruments/instrument-lookup';
import { LokusAccess } from '../access/lokus-access.service';
import type { F01Claim, SaveClaimInput } from './f01.model';
import { requireF01Unlocked } from './submission/f01-lock';

const CLAIM_COLUMNS = `lokus_id AS "lokusId", indicator_code AS "indicatorCode", level, justification, version, updated_by AS "updatedBy", updated_at AS "updatedAt"`;
export const F01_ACTION = { en: 'Changing F-01', id: 'Perubahan F-01' };

type ClaimRow = Omit<F01Claim, 'descriptor'>;

@Injectable()
export class F01Service {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cycles: CycleService,
    private readonly access: LokusAccess,
  ) {}

  withDescriptor(row: ClaimRow, instrumentId: string | null): F01Claim {
    return { ...row, descriptor: descriptorOf(instrumentId, row.indicatorCode, row.level) };
  }

  async save(input: SaveClaimInput, caller: Identity): Promise<F01Claim> {
    const lokus = await this.access.forDesk(input.lokusId, caller);
    const cycle = await this.cycles.load(lokus.cycleId);
    requirePhase(cycle, [CyclePhase.F01_FILLING], this.cycles.now(), F01_ACTION);
    indicatorOf(lokus.instrumentId, input.indicatorCode);
    requireLevel(input.level, 'input.level');
    const justification = requireText(
      input.justification,
      'input.justification',
      'Explain why the unit claims this level.',
      'Jelaskan mengapa unit mengklaim level ini.',
    );
    if (justification.length > 8000)
      throw badUserInput('input.justification', 'Keep the justification under 8,000 characters.', 'Justifikasi maksimal 8.000 karakter.');
    const params = [lokus.id, input.indicatorCode, input.level, justification, caller.userId, this.cycles.now()];
    const expected = input.expectedVersion;
    const saved = await this.dataSource.transaction(async (manager) => {
      await requireF01Unlocked(manager, lokus.id, 'input.lokusId');
      return expected === null || expected === undefined
        ? await one<ClaimRow>(
            manager,
            `INSERT INTO evaluation.f01_claims (lokus_id, indicator_code, level, justification, version, updated_by, updated_at) VALUES ($1, $2, $3, $4, 1, $5, $6)
             ON CONFLICT (lokus_id, indicator_code) DO UPDATE SET level = EXCLUDED.level, justification = EXCLUDED.justification,
               version = f01_claims.version + 1, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at
             RETURNING ${CLAIM_COLUMNS}`,
            params,
          )
        : expected === 0
          ? await one<ClaimRow>(
              manager,
              `INSERT INTO evaluation.f01_claims (lokus_id, indicator_code, level, justification, version, updated_by, updated_at) VALUES ($1, $2, $3, $4, 1, $5, $6)
               ON CONFLICT (lokus_id, indicator_code) DO NOTHING RETURNING ${CLAIM_COLUMNS}`,
              params,
            )
          : await one<ClaimRow>(
              manager,
              `UPDATE evaluation.f01_claims SET level = $3, justification = $4, version = version + 1, updated_by = $5, updated_at = $6
               WHERE lokus_id = $1 AND indicator_code = $2 AND version = $7 RETURNING ${CLAIM_COLUMNS}`,
              [...params, expected],
            );
    });
    if (!saved) {
      throw conflict(
        `Someone changed the ${input.indicatorCode} claim first; reload it and save again. Your change was not stored.`,
        `Orang lain sudah mengubah klaim ${input.indicatorCode} lebih dulu; muat ulang lalu simpan lagi. Perubahan Anda tidak disimpan.`,
        'input.expectedVersion',
      );
    }
    return this.withDescriptor(saved, lokus.instrumentId);
  }

  async claimsFor(lokusIds: readonly string[]): Promise<ClaimRow[]> {
    return rows<ClaimRow>(
      this.dataSource,
      `SELECT ${CLAIM_COLUMNS} FROM evaluation.f01_claims WHERE lokus_id = ANY($1::uuid[]) ORDER BY lokus_id, indicator_code`,
      [lokusIds],
    );
  }
}

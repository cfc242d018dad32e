import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Caller } from '@simpul/contracts';
import { Clock, badUserInput, forbidden, isUuid, notFound, one, requireSignedIn, rows, SimpulError } from '@simpul/service-kit';
import { canManageQueueKeys } from '../access/skm-access';
import { MALL_DIRECTORY, type MallDirectory } from '../malls/mall-directory';
import type { SkmQueueKey, SkmQueueKeyCreated } from './queue-key.model';

/** The header a queue system sends its key in. */
export const QUEUE_KEY_HEADER = 'x-simpul-queue-key';

const KEY_COLUMNS = `id, mall_id AS "mallId", name, hint, created_at AS "createdAt", revoked_at AS "revokedAt"`;

/** The stored form of a secret: its SHA-256 (the secret is 256 random bits, so no slow hash is needed). */
export function secretDigest(secret: string): Buffer {
  return createHash('sha256').update(secret, 'utf8').digest();
}

const keyRefused = (code: 'UNAUTHENTICATED' | 'FORBIDDEN', en: string, id: string) => new SimpulError(code, { en, id }, QUEUE_KEY_HEADER);

/**
 * A mall's queue-system keys. The secret is made here, returned once and stored only as a digest;
 * listing shows its last four characters. Revoking is final (a new key is made instead).
 */
@Injectable()
export class QueueKeyService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    @Inject(MALL_DIRECTORY) private readonly malls: MallDirectory,
  ) {}

  private async requireMall(mallId: string, caller: Caller): Promise<string> {
    requireSignedIn(caller);
    if (!isUuid(mallId)) throw notFound('There is no such mall.', 'MPP ini tidak ada.', 'mallId');
    const id = mallId.toLowerCase();
    if (!canManageQueueKeys(id, caller)) throw forbidden();
    return id;
  }

  async list(mallId: string, caller: Caller): Promise<SkmQueueKey[]> {
    const mall = await this.requireMall(mallId, caller);
    return rows<SkmQueueKey>(this.db, `SELECT ${KEY_COLUMNS} FROM skm.queue_keys WHERE mall_id = $1 ORDER BY created_at DESC, id`, [mall]);
  }

  async create(mallId: string, name: string, caller: Caller): Promise<SkmQueueKeyCreated> {
    const mall = await this.requireMall(mallId, caller);
    const trimmed = name.trim();
    if (!trimmed || trimmed.length > 80)
      throw badUserInput('name', 'Give the key a name of 1 to 80 characters.', 'Beri kunci nama 1 sampai 80 karakter.');
    // An admin may name any mall: it must be one the MPP service knows (desksInUse is null otherwise,
    // in one request; mall() would page through every tenancy).
    if ((await this.malls.desksInUse(mall, caller)) === null) throw notFound('There is no such mall.', 'MPP ini tidak ada.', 'mallId');
    const secret = `sqk_${randomBytes(32).toString('base64url')}`;
    const key = await one<SkmQueueKey>(
      this.db,
      `INSERT INTO skm.queue_keys (mall_id, name, secret_sha256, hint, created_at, created_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${KEY_COLUMNS}`,
      [mall, trimmed, secretDigest(secret), secret.slice(-4), this.clock.now(), caller?.userId ?? null],
    );
    if (!key) throw new Error('The new queue key was not returned.');
    return { key, secret };
  }

  async revoke(id: string, caller: Caller): Promise<SkmQueueKey> {
    requireSignedIn(caller);
    const found = isUuid(id)
      ? await one<SkmQueueKey>(this.db, `SELECT ${KEY_COLUMNS} FROM skm.queue_keys WHERE id = $1`, [id.toLowerCase()])
      : null;
    if (!found) throw notFound('There is no such queue key.', 'Kunci antrean ini tidak ada.', 'id');
    if (!canManageQueueKeys(found.mallId, caller)) throw forbidden();
    // Revoking twice keeps the first time.
    const revoked = await one<SkmQueueKey>(
      this.db,
      `UPDATE skm.queue_keys SET revoked_at = coalesce(revoked_at, $2), revoked_by = coalesce(revoked_by, $3) WHERE id = $1 RETURNING ${KEY_COLUMNS}`,
      [found.id, this.clock.now(), caller.userId],
    );
    if (!revoked) throw notFound('There is no such queue key.', 'Kunci antrean ini tidak ada.', 'id');
    return revoked;
  }

  /** The key a queue system presented: unknown or missing is UNAUTHENTICATED, revoked FORBIDDEN. */
  async authenticate(presented: string | undefined): Promise<SkmQueueKey> {
    if (!presented)
      throw keyRefused(
        'UNAUTHENTICATED',
        `Send the mall's queue key in the ${QUEUE_KEY_HEADER} header.`,
        `Kirim kunci antrean MPP pada header ${QUEUE_KEY_HEADER}.`,
      );
    const key = await one<SkmQueueKey>(this.db, `SELECT ${KEY_COLUMNS} FROM skm.queue_keys WHERE secret_sha256 = $1`, [
      secretDigest(presented.trim()),
    ]);
    if (!key)
      throw keyRefused(
        'UNAUTHENTICATED',
        'This queue key is not valid; check it with the mall operator.',
        'Kunci antrean ini tidak valid; periksa dengan operator MPP.',
      );
    if (key.revokedAt)
      throw keyRefused(
        'FORBIDDEN',
        'This queue key was revoked; ask the mall operator for a new one.',
        'Kunci antrean ini sudah dicabut; minta kunci baru kepada operator MPP.',
      );
    return key;
  }
}

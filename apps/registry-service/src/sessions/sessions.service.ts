import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badUserInput, SESSION_ACCESS_TTL_SECONDS, unauthenticated, isUuid } from '@simpul/service-kit';
import { accessPayload, IdentityService } from '../identity/identity.service';
import { hashSecretToken, newSecretToken } from '../identity/secret-token';
import { UserStatus } from '../identity/user-status.enum';
import { User } from '../identity/user.entity';
import { sessionUserOf, type SessionUser } from './session-user';

/** A refresh session lasts this long after its last use (sliding). */
export const SESSION_IDLE_DAYS = 30;

export interface SessionTokens {
  accessToken: string;
  expiresAt: string;
  refreshToken: string;
  refreshExpiresAt: string;
  user: SessionUser;
}

export interface RefreshedAccess {
  accessToken: string;
  expiresAt: string;
  user: SessionUser;
}

const sessionEnded = () => unauthenticated('Your session has ended; sign in again.', 'Sesi Anda telah berakhir; silakan masuk lagi.');

/**
 * The portal's sessions: a short access token (15 min) and a refresh token (random, stored as
 * SHA-256, sliding 30-day expiry, not rotated so several tabs may refresh at once).
 */
@Injectable()
export class SessionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly identity: IdentityService,
  ) {}

  async create(email: unknown, password: unknown, clientAddress: string): Promise<SessionTokens> {
    if (typeof email !== 'string' || !email.trim())
      throw badUserInput('email', 'Enter your e-mail address.', 'Masukkan alamat surel Anda.');
    if (typeof password !== 'string' || !password) throw badUserInput('password', 'Enter your password.', 'Masukkan kata sandi Anda.');
    const user = await this.identity.authenticate(email, password, clientAddress);
    const { token, hash } = newSecretToken();
    const [row]: { expires_at: Date }[] = await this.dataSource.query(
      `INSERT INTO registry.sessions (id, user_id, token_hash, expires_at) VALUES ($1, $2, $3, now() + make_interval(days => $4)) RETURNING expires_at`,
      [randomUUID(), user.id, hash, SESSION_IDLE_DAYS],
    );
    const access = accessPayload(user, SESSION_ACCESS_TTL_SECONDS);
    return {
      accessToken: access.accessToken,
      expiresAt: access.expiresAt.toISOString(),
      refreshToken: token,
      refreshExpiresAt: row.expires_at.toISOString(),
      user: await sessionUserOf(this.dataSource, user),
    };
  }

  /** A new access token for a live session of an active account; the session's expiry slides. */
  async refresh(refreshToken: unknown): Promise<RefreshedAccess> {
    if (typeof refreshToken !== 'string' || !refreshToken) throw sessionEnded();
    const [rows]: [{ user_id: string }[], number] = await this.dataSource.query(
      `UPDATE registry.sessions SET last_used_at = now(), expires_at = now() + make_interval(days => $2)
       WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > now()
       RETURNING user_id`,
      [hashSecretToken(refreshToken), SESSION_IDLE_DAYS],
    );
    const user = rows[0] ? await this.dataSource.getRepository(User).findOneBy({ id: rows[0].user_id }) : null;
    if (!user || user.status !== UserStatus.ACTIVE) throw sessionEnded();
    const access = accessPayload(user, SESSION_ACCESS_TTL_SECONDS);
    return { accessToken: access.accessToken, expiresAt: access.expiresAt.toISOString(), user: await sessionUserOf(this.dataSource, user) };
  }

  /** Ends one session (sign-out); an unknown token is already ended. */
  async revoke(refreshToken: unknown): Promise<void> {
    if (typeof refreshToken !== 'string' || !refreshToken) return;
    await this.dataSource.query(`UPDATE registry.sessions SET revoked_at = now() WHERE token_hash = $1 AND revoked_at IS NULL`, [
      hashSecretToken(refreshToken),
    ]);
  }

  /** What the gateway compares an access token against. */
  async tokenState(userId: string): Promise<{ tokenVersion: number; active: boolean } | null> {
    if (!isUuid(userId)) return null;
    const rows = await this.dataSource.query<{ token_version: number; status: UserStatus }[]>(
      'SELECT token_version, status FROM registry.users WHERE id = $1',
      [userId],
    );
    return rows[0] ? { tokenVersion: rows[0].token_version, active: rows[0].status === UserStatus.ACTIVE } : null;
  }
}

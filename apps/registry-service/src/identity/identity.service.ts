import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Caller } from '@simpul/contracts';
import {
  ACCESS_TOKEN_TTL_SECONDS,
  hashPassword,
  issueAccessToken,
  readSecret,
  runAsActor,
  SimpulError,
  unauthenticated,
  verifyPassword,
  isUuid,
} from '@simpul/service-kit';
import type { AuthPayload } from './auth-payload.type';
import { SignInThrottle } from './sign-in-throttle';
import { UserStatus } from './user-status.enum';
import { identityOf, User } from './user.entity';

/** Compared against when the e-mail is unknown or has no password yet, so every failure takes the same time. */
let decoyHash: Promise<string> | undefined;

const wrongCredentials = () => unauthenticated('The e-mail or password is wrong.', 'Surel atau kata sandi salah.');

/** An access token for `user` with its current token version. */
export function accessPayload(user: User, ttlSeconds = ACCESS_TOKEN_TTL_SECONDS, now = Date.now()): AuthPayload {
  return {
    accessToken: issueAccessToken(identityOf(user), readSecret('JWT_SECRET'), now, { tokenVersion: user.tokenVersion, ttlSeconds }),
    expiresAt: new Date(Math.floor(now / 1000) * 1000 + ttlSeconds * 1000),
    user,
  };
}

@Injectable()
export class IdentityService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly throttle: SignInThrottle,
  ) {}

  /**
   * Checks an e-mail and password under sign-in throttling: UNAUTHENTICATED when wrong (or the
   * account has no password yet), RATE_LIMITED while throttled, UNAUTHENTICATED with its own message
   * for a deactivated account (told only to someone who knows the password).
   */
  async authenticate(email: string, password: string, clientAddress: string): Promise<User> {
    const user = await this.throttle.attempt(email, clientAddress, async (manager) => {
      const found = await manager
        .getRepository(User)
        .createQueryBuilder('user')
        .where('lower(user.email) = lower(:email)', { email: email.trim() })
        .getOne();
      decoyHash ??= hashPassword('decoy-password-for-timing');
      const ok = await verifyPassword(password, found?.passwordHash ?? (await decoyHash));
      if (!found || !found.passwordHash || !ok) return { ok: false, countsAsFailure: true, error: wrongCredentials() };
      if (found.status === UserStatus.DEACTIVATED) {
        return {
          ok: false,
          countsAsFailure: false,
          error: new SimpulError('UNAUTHENTICATED', {
            en: 'This account has been deactivated. Ask your administrator.',
            id: 'Akun ini telah dinonaktifkan. Hubungi admin Anda.',
          }),
        };
      }
      return { ok: true, value: found };
    });
    await runAsActor(this.dataSource, identityOf(user), (manager) =>
      manager.query(`UPDATE registry.users SET last_sign_in_at = now() WHERE id = $1`, [user.id]),
    );
    return user;
  }

  async signIn(email: string, password: string, clientAddress: string): Promise<AuthPayload> {
    return accessPayload(await this.authenticate(email, password, clientAddress));
  }

  async me(caller: Caller): Promise<User | null> {
    if (!caller || !isUuid(caller.userId)) return null;
    return this.dataSource.getRepository(User).findOneBy({ id: caller.userId });
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Caller } from '@simpul/contracts';
import { ACCESS_TOKEN_TTL_SECONDS, hashPassword, issueAccessToken, readSecret, unauthenticated, verifyPassword } from '@simpul/service-kit';
import { isUuid } from '../common/uuid';
import type { AuthPayload } from './auth-payload.type';
import { identityOf, User } from './user.entity';

/** Compared against when the e-mail is unknown, so both failures take the same time. */
let decoyHash: Promise<string> | undefined;

@Injectable()
export class IdentityService {
  constructor(private readonly dataSource: DataSource) {}

  async signIn(email: string, password: string): Promise<AuthPayload> {
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('user')
      .where('lower(user.email) = lower(:email)', { email: email.trim() })
      .getOne();
    decoyHash ??= hashPassword('decoy-password-for-timing');
    const ok = await verifyPassword(password, user?.passwordHash ?? (await decoyHash));
    if (!user || !ok) throw unauthenticated('The e-mail or password is wrong.', 'Surel atau kata sandi salah.');
    const now = Date.now();
    return {
      accessToken: issueAccessToken(identityOf(user), readSecret('JWT_SECRET'), now),
      expiresAt: new Date(Math.floor(now / 1000) * 1000 + ACCESS_TOKEN_TTL_SECONDS * 1000),
      user,
    };
  }

  async me(caller: Caller): Promise<User | null> {
    if (!caller || !isUuid(caller.userId)) return null;
    return this.dataSource.getRepository(User).findOneBy({ id: caller.userId });
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badUserInput, hashPassword, judgePassword, runAsActor } from '@simpul/service-kit';
import { passwordResetMessage, invitationMessage } from '../mail/account-messages';
import { setPasswordLink } from '../mail/account-links';
import { MailDelivery } from '../mail/mail-delivery.service';
import { mailLanguage } from '../mail/mail-language';
import { enqueueMail } from '../mail/mail-outbox';
import { endAllAccess } from '../sessions/revoke-sessions';
import type { AuthPayload } from './auth-payload.type';
import { accessPayload } from './identity.service';
import { consumePasswordToken, issuePasswordToken } from './password-tokens';
import { UserStatus } from './user-status.enum';
import { hashSecretToken } from './secret-token';
import { identityOf, User } from './user.entity';

/** At most one reset e-mail per account in this many seconds, so the form cannot flood a mailbox. */
const RESET_MAIL_INTERVAL_SECONDS = 60;

const invalidToken = () =>
  badUserInput('token', 'This link is not valid. Ask for a new one.', 'Tautan ini tidak valid. Mintalah tautan baru.');

/** Setting a password from a link (invitation or reset) and "lupa kata sandi". */
@Injectable()
export class PasswordService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly delivery: MailDelivery,
  ) {}

  /**
   * Consumes the link's token and sets the password. The password is judged before the token is
   * touched, so a weak one does not use up the link. A reset ends every access token and session
   * of the account; the payload is the new, first one.
   */
  async setPassword(token: string, password: string): Promise<AuthPayload> {
    if (!token.trim()) throw invalidToken();
    const preview: { email: string; display_name: string }[] = await this.dataSource.query(
      `SELECT u.email, u.display_name FROM registry.password_tokens t JOIN registry.users u ON u.id = t.user_id WHERE t.token_hash = $1`,
      [hashSecretToken(token.trim())],
    );
    if (!preview[0]) throw invalidToken();
    const verdict = judgePassword(password, [preview[0].email, preview[0].display_name]);
    if (!verdict.ok) throw badUserInput('password', verdict.messages.en, verdict.messages.id);
    const passwordHash = await hashPassword(password);

    // The actor is only known once the token is read: runAsActor starts as nobody, and the
    // transaction-local actor settings are then set to the person the link belongs to.
    const user = await runAsActor(this.dataSource, null, async (manager) => {
      const { userId, purpose } = await consumePasswordToken(manager, token);
      const found = await manager.getRepository(User).findOneByOrFail({ id: userId });
      if (found.status === UserStatus.DEACTIVATED) {
        throw badUserInput(
          'token',
          'This account has been deactivated; the link no longer works.',
          'Akun ini telah dinonaktifkan; tautan tidak berlaku lagi.',
        );
      }
      await manager.query(`SELECT set_config('simpul.actor_id', $1, true), set_config('simpul.actor_name', $2, true)`, [
        found.id,
        found.displayName,
      ]);
      await manager.query(
        `UPDATE registry.users SET password_hash = $2, password_changed_at = now(), status = 'ACTIVE', last_sign_in_at = now() WHERE id = $1`,
        [found.id, passwordHash],
      );
      if (purpose === 'RESET') await endAllAccess(manager, found.id);
      return manager.getRepository(User).findOneByOrFail({ id: found.id });
    });
    return accessPayload(user);
  }

  /** Always true: whether the address has an account is not told. An invited person gets the invitation again. */
  async requestPasswordReset(email: string, language?: string): Promise<boolean> {
    const lang = mailLanguage(language, 'language');
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('account')
      .where('lower(account.email) = lower(:email)', { email: email.trim() })
      .getOne();
    if (!user || user.status === UserStatus.DEACTIVATED) return true;
    const recent: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM registry.password_tokens WHERE user_id = $1 AND created_at > now() - make_interval(secs => $2)`,
      [user.id, RESET_MAIL_INTERVAL_SECONDS],
    );
    if (recent.length) return true;
    let outboxId = '';
    await runAsActor(this.dataSource, identityOf(user), async (manager) => {
      const invited = user.status === UserStatus.INVITED;
      const token = await issuePasswordToken(manager, user.id, invited ? 'INVITATION' : 'RESET');
      const link = setPasswordLink(token, !invited);
      outboxId = await enqueueMail(
        manager,
        invited
          ? invitationMessage({ to: user.email, name: user.displayName, role: user.role, invitedBy: null, link, language: lang })
          : passwordResetMessage({ to: user.email, name: user.displayName, link, language: lang }),
      );
    });
    await this.delivery.deliver([outboxId]);
    return true;
  }
}

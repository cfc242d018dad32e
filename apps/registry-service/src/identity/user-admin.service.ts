import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import type { Role } from '@simpul/contracts';
import { badUserInput, notFound, runAsActor, SimpulError, type SubgraphContext } from '@simpul/service-kit';
import { assertNotSelf } from '../access/user-access';
import { invitationMessage } from '../mail/account-messages';
import { setPasswordLink } from '../mail/account-links';
import { MailDelivery } from '../mail/mail-delivery.service';
import { mailLanguage, type MailLanguage } from '../mail/mail-language';
import { enqueueMail } from '../mail/mail-outbox';
import { endAllAccess } from '../sessions/revoke-sessions';
import { accountEmail, accountName } from './account-email';
import { resolveBinding } from './binding';
import { MALL_DIRECTORY, type MallDirectory } from './mall-directory';
import { expirePasswordTokens, issuePasswordToken } from './password-tokens';
import { UserStatus } from './user-status.enum';
import type { InviteUserInput } from './user.input';
import { User } from './user.entity';
import { UsersService } from './users.service';

const emailTaken = (field: string) =>
  new SimpulError('CONFLICT', { en: 'An account with this e-mail already exists.', id: 'Sudah ada akun dengan surel ini.' }, field);

function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';
}

/**
 * Inviting and managing accounts. Every write runs through runAsActor (the audit trigger records
 * who), and an invitation's account, link token and e-mail are one transaction: the message sits in
 * the outbox the moment the account exists, and is delivered after commit.
 */
@Injectable()
export class UserAdminService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly delivery: MailDelivery,
    @Inject(MALL_DIRECTORY) private readonly malls: MallDirectory,
  ) {}

  async invite(context: SubgraphContext, input: InviteUserInput): Promise<User> {
    const { scope } = await this.users.scopeOf(context);
    const email = accountEmail(input.email, 'input.email');
    const name = accountName(input.name, 'input.name');
    const language = mailLanguage(input.language, 'input.language');
    const binding = await resolveBinding(this.dataSource, this.malls, input, scope, this.call(context), 'input.');
    let outboxId = '';
    try {
      const user = await runAsActor(this.dataSource, context.caller, async (manager) => {
        const taken: unknown[] = await manager.query('SELECT 1 FROM registry.users WHERE lower(email) = lower($1)', [email]);
        if (taken.length) throw emailTaken('input.email');
        const created = manager.getRepository(User).create({
          id: randomUUID(),
          email,
          displayName: name,
          role: binding.role,
          status: UserStatus.INVITED,
          serviceUnitId: binding.serviceUnitId,
          mallId: binding.mallId,
          passwordHash: null,
          tokenVersion: 0,
          invitedAt: new Date(),
          lastSignInAt: null,
        });
        await manager.getRepository(User).insert(created);
        outboxId = await this.queueInvitation(manager, created, language, context);
        return manager.getRepository(User).findOneByOrFail({ id: created.id });
      });
      await this.delivery.deliver([outboxId]);
      return user;
    } catch (error) {
      if (isUniqueViolation(error)) throw emailTaken('input.email');
      throw error;
    }
  }

  async resendInvitation(context: SubgraphContext, id: string, language?: string): Promise<User> {
    const user = await this.manageable(context, id);
    if (user.status !== UserStatus.INVITED) {
      throw badUserInput(
        'id',
        'This person has already set a password; there is no invitation to resend.',
        'Orang ini sudah mengatur kata sandi; tidak ada undangan untuk dikirim ulang.',
      );
    }
    let outboxId = '';
    const updated = await runAsActor(this.dataSource, context.caller, async (manager) => {
      await manager.query('UPDATE registry.users SET invited_at = now() WHERE id = $1', [user.id]);
      outboxId = await this.queueInvitation(manager, user, mailLanguage(language, 'language'), context);
      return manager.getRepository(User).findOneByOrFail({ id: user.id });
    });
    await this.delivery.deliver([outboxId]);
    return updated;
  }

  async deactivate(context: SubgraphContext, id: string): Promise<User> {
    const user = await this.manageable(context, id);
    assertNotSelf(context.caller, user.id, 'You cannot deactivate your own account.', 'Anda tidak dapat menonaktifkan akun Anda sendiri.');
    if (user.status === UserStatus.DEACTIVATED) return user;
    return runAsActor(this.dataSource, context.caller, async (manager) => {
      await manager.query(`UPDATE registry.users SET status = 'DEACTIVATED' WHERE id = $1`, [user.id]);
      await expirePasswordTokens(manager, user.id);
      await endAllAccess(manager, user.id);
      return manager.getRepository(User).findOneByOrFail({ id: user.id });
    });
  }

  /** Back to ACTIVE, or to INVITED when the person never set a password (then resend the invitation). */
  async reactivate(context: SubgraphContext, id: string): Promise<User> {
    const user = await this.manageable(context, id);
    if (user.status !== UserStatus.DEACTIVATED) return user;
    return runAsActor(this.dataSource, context.caller, async (manager) => {
      await manager.query(
        `UPDATE registry.users SET status = CASE WHEN password_hash IS NULL THEN 'INVITED' ELSE 'ACTIVE' END WHERE id = $1`,
        [user.id],
      );
      return manager.getRepository(User).findOneByOrFail({ id: user.id });
    });
  }

  async updateRole(context: SubgraphContext, id: string, role: Role, serviceUnitId?: string | null, mallId?: string | null): Promise<User> {
    const user = await this.manageable(context, id);
    assertNotSelf(context.caller, user.id, 'You cannot change your own role.', 'Anda tidak dapat mengubah peran Anda sendiri.');
    const { scope } = await this.users.scopeOf(context);
    const binding = await resolveBinding(this.dataSource, this.malls, { role, serviceUnitId, mallId }, scope, this.call(context));
    if (binding.role === user.role && binding.serviceUnitId === user.serviceUnitId && binding.mallId === user.mallId) return user;
    return runAsActor(this.dataSource, context.caller, async (manager) => {
      await manager.query(`UPDATE registry.users SET role = $2, service_unit_id = $3, mall_id = $4 WHERE id = $1`, [
        user.id,
        binding.role,
        binding.serviceUnitId,
        binding.mallId,
      ]);
      await endAllAccess(manager, user.id);
      return manager.getRepository(User).findOneByOrFail({ id: user.id });
    });
  }

  /** The account if it exists and lies in the caller's scope (`find` applies it): NOT_FOUND otherwise, FORBIDDEN for other roles. */
  private async manageable(context: SubgraphContext, id: string): Promise<User> {
    const user = await this.users.find(context, id);
    if (!user) throw notFound('There is no account with this id that you manage.', 'Tidak ada akun dengan id ini yang Anda kelola.', 'id');
    return user;
  }

  private async queueInvitation(manager: EntityManager, user: User, language: MailLanguage, context: SubgraphContext): Promise<string> {
    const token = await issuePasswordToken(manager, user.id, 'INVITATION');
    return enqueueMail(
      manager,
      invitationMessage({
        to: user.email,
        name: user.displayName,
        role: user.role,
        invitedBy: context.caller?.displayName ?? null,
        link: setPasswordLink(token, false),
        language,
      }),
    );
  }

  private call(context: SubgraphContext) {
    return { caller: context.caller, requestId: context.requestId };
  }
}

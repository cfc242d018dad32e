import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Role } from '@simpul/contracts';
import { Access, type SubgraphContext } from '@simpul/service-kit';
import { RoleEnum } from './role.enum';
import { UserAdminService } from './user-admin.service';
import { UserConnection } from './user.connection';
import { User } from './user.entity';
import { InviteUserInput, UserFilter } from './user.input';
import { UsersService } from './users.service';

/** Accounts, for a national admin (everyone) and an MPP operator (its mall's operators, its tenants' desks). */
@Resolver(() => User)
export class UsersResolver {
  constructor(
    private readonly accounts: UsersService,
    private readonly admin: UserAdminService,
  ) {}

  @Access('NATIONAL_ADMIN', 'MPP_OPERATOR')
  @Query(() => UserConnection, {
    description: 'Pengguna, berhalaman, urut nama: admin nasional semua; operator MPP operator MPP-nya dan desk unit tenantnya',
  })
  users(
    @Context() context: SubgraphContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number,
    @Args('after', { nullable: true }) after?: string,
    @Args('filter', { type: () => UserFilter, nullable: true }) filter?: UserFilter,
  ): Promise<UserConnection> {
    return this.accounts.list(context, first, after, filter);
  }

  @Access('NATIONAL_ADMIN', 'MPP_OPERATOR')
  @Query(() => User, { nullable: true, description: 'Satu pengguna yang boleh dilihat pemanggil' })
  user(@Context() context: SubgraphContext, @Args('id', { type: () => ID }) id: string): Promise<User | null> {
    return this.accounts.find(context, id);
  }

  @Access('NATIONAL_ADMIN', 'MPP_OPERATOR')
  @Mutation(() => User, { description: 'Membuat akun (INVITED) dan mengirim tautan sekali pakai (72 jam) untuk mengatur kata sandi' })
  inviteUser(@Context() context: SubgraphContext, @Args('input') input: InviteUserInput): Promise<User> {
    return this.admin.invite(context, input);
  }

  @Access('NATIONAL_ADMIN', 'MPP_OPERATOR')
  @Mutation(() => User, { description: 'Mengirim ulang undangan; tautan sebelumnya tidak berlaku lagi' })
  resendInvitation(
    @Context() context: SubgraphContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('language', { nullable: true, description: "Bahasa surel: 'id' (bawaan) atau 'en'" }) language?: string,
  ): Promise<User> {
    return this.admin.resendInvitation(context, id, language);
  }

  @Access('NATIONAL_ADMIN', 'MPP_OPERATOR')
  @Mutation(() => User, { description: 'Menonaktifkan akun: tidak dapat masuk, token dan sesi berakhir; tidak untuk akun sendiri' })
  deactivateUser(@Context() context: SubgraphContext, @Args('id', { type: () => ID }) id: string): Promise<User> {
    return this.admin.deactivate(context, id);
  }

  @Access('NATIONAL_ADMIN', 'MPP_OPERATOR')
  @Mutation(() => User, { description: 'Mengaktifkan kembali akun yang dinonaktifkan' })
  reactivateUser(@Context() context: SubgraphContext, @Args('id', { type: () => ID }) id: string): Promise<User> {
    return this.admin.reactivate(context, id);
  }

  @Access('NATIONAL_ADMIN', 'MPP_OPERATOR')
  @Mutation(() => User, { description: 'Mengubah peran dan ikatan (unit atau MPP); token dan sesi lama berakhir' })
  updateUserRole(
    @Context() context: SubgraphContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('role', { type: () => RoleEnum }) role: Role,
    @Args('serviceUnitId', { type: () => ID, nullable: true }) serviceUnitId?: string,
    @Args('mallId', { type: () => ID, nullable: true }) mallId?: string,
  ): Promise<User> {
    return this.admin.updateRole(context, id, role, serviceUnitId, mallId);
  }
}

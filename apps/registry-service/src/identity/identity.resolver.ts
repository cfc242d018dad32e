import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import type { Caller } from '@simpul/contracts';
import { Access, CurrentCaller, type SubgraphContext } from '@simpul/service-kit';
import { ServiceUnit } from '../units/service-unit.entity';
import { serviceUnitLoader } from '../units/service-unit.loader';
import { AuthPayload } from './auth-payload.type';
import { IdentityService } from './identity.service';
import { User } from './user.entity';

@Resolver(() => User)
export class IdentityResolver {
  constructor(
    private readonly identity: IdentityService,
    private readonly dataSource: DataSource,
  ) {}

  @Access('public')
  @Mutation(() => AuthPayload, {
    description:
      'Masuk; kredensial salah menghasilkan UNAUTHENTICATED, terlalu banyak percobaan RATE_LIMITED (extensions.retryAfterSeconds)',
  })
  signIn(@Args('email') email: string, @Args('password') password: string, @Context() context: SubgraphContext): Promise<AuthPayload> {
    return this.identity.signIn(email, password, context.clientAddress ?? 'unknown');
  }

  @Access('public')
  @Query(() => User, { nullable: true, description: 'Pengguna yang sedang masuk; null untuk publik' })
  me(@CurrentCaller() caller: Caller): Promise<User | null> {
    return this.identity.me(caller);
  }

  @ResolveField(() => String, { description: 'Nama lengkap (sama dengan displayName)' })
  name(@Parent() user: User): string {
    return user.displayName;
  }

  @ResolveField(() => ServiceUnit, { nullable: true, description: 'Unit tempat desk bertugas' })
  serviceUnit(@Parent() user: User, @Context() context: SubgraphContext): Promise<ServiceUnit | null> | null {
    return user.serviceUnitId ? serviceUnitLoader(context, this.dataSource).load(user.serviceUnitId) : null;
  }
}

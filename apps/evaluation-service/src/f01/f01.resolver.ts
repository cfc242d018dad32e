import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import type { Identity } from '@simpul/contracts';
import { Access, type SubgraphContext, listLoader, SignedInCaller } from '@simpul/service-kit';
import { canSeeWork } from '../access/lokus-work-scope';
import { Lokus } from '../lokus/lokus.model';
import { F01Claim, SaveClaimInput } from './f01.model';
import { F01Service } from './f01.service';

@Resolver(() => Lokus)
export class F01Resolver {
  constructor(
    private readonly f01: F01Service,
    private readonly dataSource: DataSource,
  ) {}

  @Access('NATIONAL_ADMIN', 'UNIT_DESK')
  @Mutation(() => F01Claim, { description: 'Desk unit itu sendiri (atau admin), tahap pengisian F-01' })
  saveF01Claim(@Args('input') input: SaveClaimInput, @SignedInCaller() caller: Identity): Promise<F01Claim> {
    return this.f01.save(input, caller);
  }

  @ResolveField(() => [F01Claim], { description: 'Klaim F-01 (bukan untuk publik)' })
  async claims(@Parent() lokus: Lokus, @Context() context: SubgraphContext): Promise<F01Claim[]> {
    if (!(await canSeeWork(context, this.dataSource, lokus))) return [];
    const found = await listLoader(
      context,
      'lokus.claims',
      (ids) => this.f01.claimsFor(ids),
      (row) => row.lokusId,
    ).load(lokus.id);
    return found.map((row) => this.f01.withDescriptor(row, lokus.instrumentId));
  }
}

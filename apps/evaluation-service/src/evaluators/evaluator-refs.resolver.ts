import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Agency, agencyRef } from '../federation/registry-refs';
import { ServiceUnit } from '../federation/service-unit.model';
import { ConflictDeclaration, EvaluatorProfile } from './evaluator.model';

/** The registry's agency and unit behind the ids this service keeps, so screens show names. */
@Resolver(() => EvaluatorProfile)
export class EvaluatorProfileRefsResolver {
  @ResolveField(() => Agency, { description: 'Instansi evaluator (nama dari registri)' })
  agency(@Parent() profile: EvaluatorProfile): Agency {
    return agencyRef(profile.agencyId);
  }
}

@Resolver(() => ConflictDeclaration)
export class ConflictDeclarationRefsResolver {
  @ResolveField(() => Agency, { nullable: true, description: 'Instansi yang dinyatakan berkonflik (nama dari registri)' })
  agency(@Parent() declaration: ConflictDeclaration): Agency | null {
    return declaration.agencyId ? agencyRef(declaration.agencyId) : null;
  }

  @ResolveField(() => ServiceUnit, { nullable: true, description: 'Unit yang dinyatakan berkonflik (nama dari registri)' })
  serviceUnit(@Parent() declaration: ConflictDeclaration): ServiceUnit | null {
    return declaration.serviceUnitId ? { id: declaration.serviceUnitId } : null;
  }
}

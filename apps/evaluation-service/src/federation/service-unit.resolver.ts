import { Context, ResolveField, ResolveReference, Resolver, Parent } from '@nestjs/graphql';
import { Access, type SubgraphContext, listLoader } from '@simpul/service-kit';
import { IppResult } from '../results/results.model';
import { ResultsService } from '../results/results.service';
import { ServiceUnit } from './service-unit.model';

@Resolver(() => ServiceUnit)
export class ServiceUnitResolver {
  constructor(private readonly results: ResultsService) {}

  @Access('public')
  @ResolveReference()
  resolveReference(reference: { id: string }): ServiceUnit {
    return { id: reference.id };
  }

  @ResolveField(() => [IppResult], {
    description:
      'Riwayat IPP unit per siklus (terlama dahulu): hasil yang dipublikasikan, ditambah yang belum bagi admin dan desk unit itu sendiri',
  })
  ippResults(@Parent() unit: ServiceUnit, @Context() context: SubgraphContext): Promise<IppResult[]> {
    return listLoader(
      context,
      'unit.ippResults',
      (ids) => this.results.unitResults(ids, context.caller),
      (row) => row.serviceUnitId,
    ).load(unit.id);
  }
}

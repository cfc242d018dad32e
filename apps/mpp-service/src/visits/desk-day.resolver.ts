import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, type Connection, type SubgraphContext } from '@simpul/service-kit';
import { Desk } from '../desks/desk.model';
import { DeskService } from '../desks/desk.service';
import { Tenancy } from '../tenancies/tenancy.model';
import { TenancyService } from '../tenancies/tenancy.service';
import { DeskDayConnection } from './desk-day.connection';
import { DeskDay, DeskDayImportReport, RecordDeskDayInput } from './desk-day.model';
import { DeskDayService } from './desk-day.service';

@Resolver(() => DeskDay)
export class DeskDayResolver {
  constructor(
    private readonly deskDayService: DeskDayService,
    private readonly deskService: DeskService,
    private readonly tenancyService: TenancyService,
  ) {}

  @Access('NATIONAL_ADMIN', 'MPP_OPERATOR', 'UNIT_DESK')
  @Query(() => DeskDayConnection, {
    description:
      'Pengunjung harian per gerai dalam rentang tanggal, berhalaman, urut tanggal; desk unit hanya melihat hari yang dilayani instansinya',
  })
  deskDays(
    @Context() context: SubgraphContext,
    @Args('mallId', { type: () => ID }) mallId: string,
    @Args('from') from: string,
    @Args('to') to: string,
    @Args('deskId', { type: () => ID, nullable: true }) deskId?: string | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<DeskDay>> {
    return this.deskDayService.list(context, { mallId, from, to, deskId }, first, after);
  }

  @Access('NATIONAL_ADMIN', 'MPP_OPERATOR')
  @Mutation(() => DeskDay, {
    description:
      'Mencatat (atau mengoreksi) pengunjung satu gerai pada satu hari; hari layanan baru ditolak (CONFLICT) bila PKS tenant sudah berakhir',
  })
  recordDeskDay(@Context() context: SubgraphContext, @Args('input') input: RecordDeskDayInput): Promise<DeskDay> {
    return this.deskDayService.record(context, input);
  }

  @Access('NATIONAL_ADMIN', 'MPP_OPERATOR')
  @Mutation(() => DeskDayImportReport, {
    description: 'Impor CSV: gerai,tanggal,pengunjung[,pengaduan][,layanan]; idempoten per gerai dan hari',
  })
  importDeskDays(
    @Context() context: SubgraphContext,
    @Args('mallId', { type: () => ID }) mallId: string,
    @Args('csv') csv: string,
  ): Promise<DeskDayImportReport> {
    return this.deskDayService.importCsv(context, mallId, csv);
  }

  @ResolveField(() => Desk)
  async desk(@Parent() day: DeskDay, @Context() context: SubgraphContext): Promise<Desk> {
    return (await this.deskService.loader(context).load(day.deskId)) as Desk;
  }

  @ResolveField(() => Tenancy, { description: 'Tenant yang melayani di gerai pada hari itu' })
  async tenancy(@Parent() day: DeskDay, @Context() context: SubgraphContext): Promise<Tenancy> {
    return (await this.tenancyService.loader(context).load(day.tenancyId)) as Tenancy;
  }
}

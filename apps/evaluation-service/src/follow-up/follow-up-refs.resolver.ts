import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { listLoader, type SubgraphContext } from '@simpul/service-kit';
import { canSeeWork } from '../access/lokus-work-scope';
import { Lokus } from '../lokus/lokus.model';
import { ReportCard } from '../reports/reports.model';
import { FollowUpDoneAction, FollowUpProgress } from './follow-up.model';
import { FollowUpReadsService } from './follow-up-reads.service';

/** What follow-up plans add to a lokus (for the next F-01) and to the rapor (public progress). */
@Resolver(() => Lokus)
export class LokusFollowUpResolver {
  constructor(
    private readonly reads: FollowUpReadsService,
    private readonly dataSource: DataSource,
  ) {}

  @ResolveField(() => [FollowUpDoneAction], {
    description: 'Aksi RTL unit ini atas hasil tahun-tahun sebelumnya yang sudah selesai, per indikator di F-01 (bukan untuk publik)',
  })
  async followUpDone(@Parent() lokus: Lokus, @Context() context: SubgraphContext): Promise<FollowUpDoneAction[]> {
    if (!(await canSeeWork(context, this.dataSource, lokus))) return [];
    return listLoader(
      context,
      'lokus.followUpDone',
      (ids) => this.reads.doneBefore(ids),
      (row) => row.lokusId,
    ).load(lokus.id);
  }
}

@Resolver(() => ReportCard)
export class ReportCardFollowUpResolver {
  constructor(private readonly reads: FollowUpReadsService) {}

  @ResolveField(() => FollowUpProgress, {
    nullable: true,
    description: 'Kemajuan RTL yang sudah diterima (publik bersama rapor); null bila belum ada',
  })
  async followUpProgress(@Parent() card: ReportCard, @Context() context: SubgraphContext): Promise<FollowUpProgress | null> {
    const [progress] = await listLoader(
      context,
      'reportCard.followUpProgress',
      (ids) => this.reads.progressFor(ids),
      (row) => row.lokusId,
    ).load(card.lokus.id);
    return progress ?? null;
  }
}

import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import {
  Access,
  auditLogConnection,
  AuditEntryConnection,
  AuditFilter,
  forbidden,
  objectChangesLoader,
  requireSignedIn,
  type AuditEntry,
  type Connection,
  type SubgraphContext,
} from '@simpul/service-kit';
import { canReadSurveyHistory } from '../access/skm-access';
import { SkmSurvey } from '../surveys/survey.model';

const SCHEMA = 'skm';
const AUDITED_TYPES = ['SkmSurvey'] as const;

@Resolver(() => SkmSurvey)
export class SkmAuditResolver {
  constructor(private readonly dataSource: DataSource) {}

  @Access('NATIONAL_ADMIN')
  @Query(() => AuditEntryConnection, { description: 'Log audit pengaturan survei SKM, terbaru dahulu; admin nasional' })
  skmAuditLog(
    @Args('filter', { type: () => AuditFilter, nullable: true }) filter?: AuditFilter | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<AuditEntry>> {
    return auditLogConnection(this.dataSource, { schema: SCHEMA, objectTypes: AUDITED_TYPES, filter, first, after });
  }

  @ResolveField(() => AuditEntryConnection, {
    description: 'Riwayat perubahan pengaturan survei, terbaru dahulu (yang boleh mengelola survei ini)',
  })
  changes(
    @Parent() survey: SkmSurvey,
    @Context() context: SubgraphContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<AuditEntry>> {
    requireSignedIn(context.caller);
    if (!canReadSurveyHistory(survey, context.caller)) {
      throw forbidden(
        'Only the people who may manage this survey may read its history.',
        'Riwayat perubahan survei hanya dapat dilihat oleh pengelolanya.',
      );
    }
    return objectChangesLoader(context, this.dataSource, SCHEMA, 'SkmSurvey', first, after).load(survey.id);
  }
}

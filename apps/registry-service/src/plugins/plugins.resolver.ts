import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import type { Caller, Identity } from '@simpul/contracts';
import { Access, CurrentCaller, notFound, rows, SignedInCaller, type SubgraphCallScope, type SubgraphContext } from '@simpul/service-kit';
import { Agency } from '../agencies/agency.entity';
import { agencyLoader } from '../agencies/agency.loader';
import { DeskPlugin, DeskPluginConnection, DeskPluginEvent, PluginSession, RegisterDeskPluginInput } from './desk-plugin.model';
import { EVENT_COLUMNS, integrityOf, type DeskPluginEventRow } from './desk-plugin-rows';
import {
  DeskPluginStatusEnum,
  PluginDecisionEnum,
  PluginPageEnum,
  type DeskPluginStatus,
  type PluginDecision,
  type PluginPage,
} from './plugin-enums';
import { PluginsService } from './plugins.service';

function scopeOf(context: SubgraphContext): SubgraphCallScope {
  return { caller: context.caller, requestId: context.requestId };
}

/** Desk plugins (issue #15): submission, review, the run-time list of a page and plugin sessions. */
@Resolver(() => DeskPlugin)
export class PluginsResolver {
  constructor(
    private readonly plugins: PluginsService,
    private readonly dataSource: DataSource,
  ) {}

  @Access('signed-in')
  @Mutation(() => DeskPlugin, {
    description: 'Desk instansi (atau admin lokal KIPP-nya) mengajukan plugin; menunggu tinjauan admin nasional',
  })
  registerDeskPlugin(
    @SignedInCaller() caller: Identity,
    @Args('input', { type: () => RegisterDeskPluginInput }) input: RegisterDeskPluginInput,
    @Context() context: SubgraphContext,
  ): Promise<DeskPlugin> {
    return this.plugins.register(caller, input, scopeOf(context));
  }

  @Access('NATIONAL_ADMIN')
  @Mutation(() => DeskPlugin, {
    description: 'Admin nasional menyetujui atau menolak (dengan alasan) plugin yang PENDING; tidak untuk ajuannya sendiri',
  })
  reviewDeskPlugin(
    @SignedInCaller() caller: Identity,
    @Args('id', { type: () => ID }) id: string,
    @Args('decision', { type: () => PluginDecisionEnum }) decision: PluginDecision,
    @Args('reason', { type: () => String, nullable: true, description: 'Wajib untuk REJECT' }) reason?: string | null,
  ): Promise<DeskPlugin> {
    return this.plugins.review(caller, id, decision, reason);
  }

  @Access('NATIONAL_ADMIN')
  @Mutation(() => DeskPlugin, { description: 'Admin nasional menangguhkan plugin yang APPROVED; portal berhenti memuatnya' })
  suspendDeskPlugin(
    @SignedInCaller() caller: Identity,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String }) reason: string,
  ): Promise<DeskPlugin> {
    return this.plugins.suspend(caller, id, reason);
  }

  @Access('signed-in')
  @Query(() => DeskPluginConnection, { description: 'Plugin desk, terbaru diajukan dulu: admin nasional semua, desk instansinya sendiri' })
  deskPlugins(
    @SignedInCaller() caller: Identity,
    @Context() context: SubgraphContext,
    @Args('agencyId', { type: () => ID, nullable: true }) agencyId?: string | null,
    @Args('status', { type: () => DeskPluginStatusEnum, nullable: true }) status?: DeskPluginStatus | null,
    @Args('first', { type: () => Int, nullable: true, description: 'Jumlah per halaman, 1–100 (bawaan 20)' }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<DeskPluginConnection> {
    return this.plugins.list(caller, scopeOf(context), { agencyId, status, first, after });
  }

  @Access('signed-in')
  @Query(() => DeskPlugin, { nullable: true, description: 'Satu plugin, bagi admin nasional dan orang instansinya' })
  deskPlugin(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Context() context: SubgraphContext,
  ): Promise<DeskPlugin | null> {
    return this.plugins.visible(caller, id, scopeOf(context));
  }

  @Access('signed-in')
  @Query(() => [DeskPlugin], {
    description:
      'Plugin APPROVED instansi unit ini untuk halaman ini, bagi yang bertugas di unit itu (desknya, operator MPP tempatnya bertenant, admin nasional)',
  })
  pluginsFor(
    @SignedInCaller() caller: Identity,
    @Args('page', { type: () => PluginPageEnum }) page: PluginPage,
    @Args('serviceUnitId', { type: () => ID }) serviceUnitId: string,
    @Context() context: SubgraphContext,
  ): Promise<DeskPlugin[]> {
    return this.plugins.pluginsFor(caller, page, serviceUnitId, scopeOf(context));
  }

  @Access('signed-in')
  @Query(() => PluginSession, { description: 'Token plugin (10 menit) untuk plugin APPROVED di satu unit instansinya' })
  pluginSession(
    @SignedInCaller() caller: Identity,
    @Args('pluginId', { type: () => ID }) pluginId: string,
    @Args('serviceUnitId', { type: () => ID }) serviceUnitId: string,
    @Context() context: SubgraphContext,
    @Args('mallId', {
      type: () => ID,
      nullable: true,
      description: 'MPP tempat plugin berjalan (halaman MALL_DESK): instansi unit harus menjadi tenant-nya',
    })
    mallId?: string | null,
    @Args('deskId', { type: () => ID, nullable: true, description: 'Gerai tenant instansi unit di MPP itu; hanya bersama mallId' })
    deskId?: string | null,
  ): Promise<PluginSession> {
    return this.plugins.session(caller, pluginId, serviceUnitId, { mallId, deskId }, scopeOf(context));
  }

  @Access('public')
  @Query(() => [String], { description: 'Origin entri plugin APPROVED, untuk Content-Security-Policy portal' })
  approvedPluginOrigins(): Promise<string[]> {
    return this.plugins.approvedOrigins();
  }

  @ResolveField(() => Agency)
  async agency(@Parent() plugin: DeskPlugin, @Context() context: SubgraphContext): Promise<Agency> {
    const agency = await agencyLoader(context, this.dataSource).load(plugin.agencyId);
    if (!agency) throw notFound('The agency of this plugin no longer exists.', 'Instansi plugin ini tidak ada lagi.');
    return agency;
  }

  @ResolveField(() => String, { description: 'Bentuk SRI SHA-256 yang sama ("sha256-<base64>"), untuk atribut integrity tag script' })
  integrity(@Parent() plugin: DeskPlugin): string {
    return integrityOf(plugin.sha256);
  }

  @ResolveField(() => [DeskPluginEvent], {
    description: 'Pengajuan, persetujuan, penolakan, penangguhan: siapa, kapan, alasannya; terlama dulu',
  })
  history(@Parent() plugin: DeskPlugin, @Context() context: SubgraphContext): Promise<DeskPluginEvent[]> {
    return context.loaders
      .get(
        'deskPlugin.history',
        () =>
          new DataLoader<string, DeskPluginEvent[]>(async (ids) => {
            const events = await rows<DeskPluginEventRow>(
              this.dataSource,
              `SELECT ${EVENT_COLUMNS} FROM registry.desk_plugin_events e WHERE e.plugin_id = ANY($1::uuid[]) ORDER BY e.plugin_id, e.seq`,
              [[...ids]],
            );
            return ids.map((id) => events.filter((event) => event.pluginId === id).map(({ pluginId: _plugin, ...event }) => event));
          }),
      )
      .load(plugin.id);
  }

  @Access('signed-in')
  @ResolveReference()
  resolveReference(reference: { id: string }, context: SubgraphContext): Promise<DeskPlugin | null> {
    return this.plugins.visible(context.caller, reference.id, scopeOf(context));
  }
}

import { registerEnumType } from '@nestjs/graphql';
import { PLUGIN_PAGES, PLUGIN_SCOPES } from '@simpul/contracts';

export { PLUGIN_PAGES, PLUGIN_SCOPES, type PluginPage, type PluginScope } from '@simpul/contracts';

export const DESK_PLUGIN_STATUSES = ['PENDING', 'APPROVED', 'REJECTED', 'SUSPENDED'] as const;
export type DeskPluginStatus = (typeof DESK_PLUGIN_STATUSES)[number];

export const PLUGIN_DECISIONS = ['APPROVE', 'REJECT'] as const;
export type PluginDecision = (typeof PLUGIN_DECISIONS)[number];

export const DESK_PLUGIN_EVENT_KINDS = ['SUBMITTED', 'APPROVED', 'REJECTED', 'SUSPENDED'] as const;
export type DeskPluginEventKind = (typeof DESK_PLUGIN_EVENT_KINDS)[number];

function graphqlEnum<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
}

export const PluginPageEnum = graphqlEnum(PLUGIN_PAGES);
registerEnumType(PluginPageEnum, {
  name: 'PluginPage',
  description: 'Halaman portal tempat plugin tampil',
  valuesMap: {
    DESK_HOME: { description: 'Beranda desk unit' },
    UNIT_PAGE: { description: 'Halaman unit pelayanan' },
    MALL_DESK: { description: 'Desk instansi di Mal Pelayanan Publik' },
  },
});

export const PluginScopeEnum = graphqlEnum(PLUGIN_SCOPES);
registerEnumType(PluginScopeEnum, {
  name: 'PluginScope',
  description: 'Data yang boleh dibaca plugin lewat gateway dengan token pluginnya',
  valuesMap: {
    UNIT_INDICATORS_READ: { description: 'Membaca indikator unitnya / read its unit’s indicators' },
    MPP_DESK_SCHEDULE_READ: { description: 'Membaca jadwal desk MPP-nya / read its MPP desk schedule' },
  },
});

export const DeskPluginStatusEnum = graphqlEnum(DESK_PLUGIN_STATUSES);
registerEnumType(DeskPluginStatusEnum, {
  name: 'DeskPluginStatus',
  description: 'Status tinjauan plugin; hanya APPROVED yang dimuat portal',
});

export const PluginDecisionEnum = graphqlEnum(PLUGIN_DECISIONS);
registerEnumType(PluginDecisionEnum, { name: 'PluginDecision', description: 'Keputusan tinjauan admin nasional' });

export const DeskPluginEventKindEnum = graphqlEnum(DESK_PLUGIN_EVENT_KINDS);
registerEnumType(DeskPluginEventKindEnum, { name: 'DeskPluginEventKind', description: 'Jenis kejadian dalam riwayat plugin' });

import type { DeskPlugin, DeskPluginEvent } from './desk-plugin.model';
import type { DeskPluginEventKind, DeskPluginStatus, PluginPage, PluginScope } from './plugin-enums';

export interface DeskPluginRow {
  id: string;
  agencyId: string;
  nameId: string;
  nameEn: string;
  entryUrl: string;
  exposedModule: string;
  version: string;
  sha256: string;
  pages: PluginPage[];
  scopes: PluginScope[];
  status: DeskPluginStatus;
  submittedBy: string | null;
  submittedByName: string | null;
  submittedAt: Date;
}

export const PLUGIN_COLUMNS = `p.id, p.agency_id AS "agencyId", p.name_id AS "nameId", p.name_en AS "nameEn", p.entry_url AS "entryUrl",
  p.exposed_module AS "exposedModule", p.version, p.sha256, p.pages, p.scopes, p.status, p.submitted_by AS "submittedBy",
  p.submitted_by_name AS "submittedByName", p.submitted_at AS "submittedAt"`;

export function toDeskPlugin(row: DeskPluginRow): DeskPlugin {
  const { nameId, nameEn, ...rest } = row;
  return { ...rest, name: { id: nameId, en: nameEn } };
}

export interface DeskPluginEventRow extends DeskPluginEvent {
  pluginId: string;
}

export const EVENT_COLUMNS = `e.id, e.plugin_id AS "pluginId", e.kind, e.actor_id AS "actorId", e.actor_name AS "actorName", e.reason, e.at`;

export type { DeskPluginEventKind };

/** The SRI form of a hex SHA-256, for the script tag's `integrity`. */
export function integrityOf(sha256Hex: string): string {
  return `sha256-${Buffer.from(sha256Hex, 'hex').toString('base64')}`;
}

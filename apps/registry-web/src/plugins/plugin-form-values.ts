import type { Translate } from '@simpul/web-kit';
import type { PluginPage, PluginScope, RegisterDeskPluginInput } from './plugin-enums';

export interface PluginFormValues {
  nameId: string;
  nameEn: string;
  entryUrl: string;
  exposedModule: string;
  version: string;
  sha256: string;
  pages: PluginPage[];
  scopes: PluginScope[];
}

/** The form's fields by their input path: server errors (`input.name.en`) land on these. */
export const PLUGIN_FORM_FIELDS = [
  'agencyId',
  'name.id',
  'name.en',
  'entryUrl',
  'exposedModule',
  'version',
  'sha256',
  'pages',
  'scopes',
] as const;

export const pluginFieldId = (field: string) => `plugin-${field.replace(/\./g, '-')}`;

export function emptyPluginValues(): PluginFormValues {
  return { nameId: '', nameEn: '', entryUrl: '', exposedModule: './Plugin', version: '', sha256: '', pages: [], scopes: [] };
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const SHA256_HEX = /^[0-9a-f]{64}$/i;

/**
 * The registry's rule for an entry URL: https, or http on this computer only (a developer trying a
 * plugin out). Returns the message key of what is wrong, or null.
 */
export function entryUrlProblem(value: string): string | null {
  const text = value.trim();
  if (!text) return 'plugins.check.entryUrl';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'plugins.check.entryUrlInvalid';
  }
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)) return null;
  return url.protocol === 'http:' ? 'plugins.check.entryUrlHttps' : 'plugins.check.entryUrlInvalid';
}

/** `sha256sum` prints lower-case hex; a hash pasted in capitals is the same hash. */
export const normalisedSha256 = (value: string) => value.trim().toLowerCase();

/** What can be checked here, the same way the registry checks it; the registry checks again and decides. */
export function validatePlugin(values: PluginFormValues, t: Translate): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.nameId.trim()) errors['name.id'] = t('plugins.check.nameId');
  if (!values.nameEn.trim()) errors['name.en'] = t('plugins.check.nameEn');
  const url = entryUrlProblem(values.entryUrl);
  if (url) errors['entryUrl'] = t(url);
  if (!values.exposedModule.trim().startsWith('./') || values.exposedModule.trim().length < 3)
    errors['exposedModule'] = t('plugins.check.exposedModule');
  if (!values.version.trim()) errors['version'] = t('plugins.check.version');
  if (!SHA256_HEX.test(values.sha256.trim())) errors['sha256'] = t('plugins.check.sha256');
  if (values.pages.length === 0) errors['pages'] = t('plugins.check.pages');
  return errors;
}

export function toPluginInput(agencyId: string, values: PluginFormValues): RegisterDeskPluginInput {
  return {
    agencyId,
    name: { id: values.nameId.trim(), en: values.nameEn.trim() },
    entryUrl: values.entryUrl.trim(),
    exposedModule: values.exposedModule.trim(),
    version: values.version.trim(),
    sha256: normalisedSha256(values.sha256),
    pages: values.pages,
    scopes: values.scopes,
  };
}

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

const SHA256_HEX = /^[0-9a-f]{64}$/i;
/** `./Plugin`, `./tools/Estimate`: what a Module Federation container exposes. */
const EXPOSED_MODULE = /^\.\/[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*$/;
/** 1.0.0, 2.1.0-beta.1, 1.0.0+build.5 */
const SEMANTIC_VERSION = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;
export const MAX_PLUGIN_NAME_LENGTH = 120;

/** This computer: localhost, [::1] and all of 127.0.0.0/8, as the registry counts it. */
const isLoopback = (hostname: string) =>
  hostname === 'localhost' || hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);

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
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname)))
    return url.protocol === 'http:' ? 'plugins.check.entryUrlHttps' : 'plugins.check.entryUrlInvalid';
  if (url.username || url.password) return 'plugins.check.entryUrlCredentials';
  return null;
}

/** `sha256sum` prints lower-case hex; a hash pasted in capitals is the same hash. */
export const normalisedSha256 = (value: string) => value.trim().toLowerCase();

/** What can be checked here, the same way the registry checks it; the registry checks again and decides. */
export function validatePlugin(values: PluginFormValues, t: Translate): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [field, value, missing] of [
    ['name.id', values.nameId, 'plugins.check.nameId'],
    ['name.en', values.nameEn, 'plugins.check.nameEn'],
  ] as const) {
    if (!value.trim()) errors[field] = t(missing);
    else if (value.trim().length > MAX_PLUGIN_NAME_LENGTH) errors[field] = t('plugins.check.nameTooLong', { max: MAX_PLUGIN_NAME_LENGTH });
  }
  const url = entryUrlProblem(values.entryUrl);
  if (url) errors['entryUrl'] = t(url);
  if (!EXPOSED_MODULE.test(values.exposedModule.trim())) errors['exposedModule'] = t('plugins.check.exposedModule');
  if (!SEMANTIC_VERSION.test(values.version.trim())) errors['version'] = t('plugins.check.version');
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

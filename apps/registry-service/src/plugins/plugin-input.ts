import { badUserInput, requireText, requireUuid } from '@simpul/service-kit';
import type { PluginPage, PluginScope } from './plugin-enums';
import type { RegisterDeskPluginInput } from './desk-plugin.model';

export const MAX_PLUGIN_NAME_LENGTH = 120;
export const MAX_ENTRY_URL_LENGTH = 2000;
export const MAX_MODULE_LENGTH = 100;
export const MAX_VERSION_LENGTH = 40;
export const MAX_REASON_LENGTH = 1000;

/** A registration that passed every check, normalised (trimmed, lower-case hash, no repeated pages). */
export interface ValidPluginInput {
  agencyId: string;
  nameId: string;
  nameEn: string;
  entryUrl: string;
  exposedModule: string;
  version: string;
  sha256: string;
  pages: PluginPage[];
  scopes: PluginScope[];
}

/** http is allowed only on the developer's own machine; everything else must be https. */
function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

/** An absolute https URL (http only on loopback), without credentials, at most 2000 characters. */
export function checkEntryUrl(value: string, field: string): string {
  const text = requireText(value, field, 'Give the address of the remote entry.', 'Isi alamat remote entry.', {
    maxLength: MAX_ENTRY_URL_LENGTH,
  });
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw badUserInput(field, 'The entry address is not a valid URL.', 'Alamat entri bukan URL yang valid.');
  }
  const local = isLoopback(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
    throw badUserInput(
      field,
      'The entry must be served over https (http only on 127.0.0.1 or localhost).',
      'Entri harus dilayani lewat https (http hanya untuk 127.0.0.1 atau localhost).',
    );
  }
  if (url.username || url.password) {
    throw badUserInput(
      field,
      'The entry address may not contain a user name or password.',
      'Alamat entri tidak boleh memuat nama pengguna atau kata sandi.',
    );
  }
  return url.href;
}

/** 64 hexadecimal characters, stored lower-case. */
export function checkSha256(value: string, field: string): string {
  const text = (value ?? '').trim();
  if (!/^[0-9a-fA-F]{64}$/.test(text)) {
    throw badUserInput(
      field,
      'The SHA-256 must be 64 hexadecimal characters (e.g. from `sha256sum remoteEntry.js`).',
      'SHA-256 harus 64 karakter heksadesimal (mis. dari `sha256sum remoteEntry.js`).',
    );
  }
  return text.toLowerCase();
}

/** The module a Module Federation container exposes: `./Name`, letters, digits, `-`, `_` and `/`. */
export function checkModule(value: string, field: string): string {
  const text = requireText(value, field, 'Give the exposed module, e.g. ./Plugin.', 'Isi modul yang diekspos, mis. ./Plugin.', {
    maxLength: MAX_MODULE_LENGTH,
  });
  if (!/^\.\/[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*$/.test(text)) {
    throw badUserInput(
      field,
      'The exposed module starts with ./ and holds only letters, digits, -, _ and /, e.g. ./Plugin.',
      'Modul yang diekspos diawali ./ dan hanya berisi huruf, angka, -, _ dan /, mis. ./Plugin.',
    );
  }
  return text;
}

export function checkVersion(value: string, field: string): string {
  const text = requireText(value, field, 'Give the version, e.g. 1.0.0.', 'Isi versi, mis. 1.0.0.', { maxLength: MAX_VERSION_LENGTH });
  if (!/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/.test(text)) {
    throw badUserInput(
      field,
      'The version must be a semantic version such as 1.0.0.',
      'Versi harus berbentuk versi semantik seperti 1.0.0.',
    );
  }
  return text;
}

/** Every check of a registration, the first failure refusing it with its field. */
export function validatePluginInput(input: RegisterDeskPluginInput): ValidPluginInput {
  const agencyId = requireUuid(input.agencyId, 'input.agencyId');
  const nameId = requireText(input.name?.id, 'input.name.id', 'Give the name in Bahasa Indonesia.', 'Isi nama dalam Bahasa Indonesia.', {
    maxLength: MAX_PLUGIN_NAME_LENGTH,
  });
  const nameEn = requireText(input.name?.en, 'input.name.en', 'Give the name in English.', 'Isi nama dalam bahasa Inggris.', {
    maxLength: MAX_PLUGIN_NAME_LENGTH,
  });
  const entryUrl = checkEntryUrl(input.entryUrl, 'input.entryUrl');
  const exposedModule = checkModule(input.exposedModule, 'input.exposedModule');
  const version = checkVersion(input.version, 'input.version');
  const sha256 = checkSha256(input.sha256, 'input.sha256');
  const pages = [...new Set(input.pages)];
  if (!pages.length) {
    throw badUserInput(
      'input.pages',
      'Choose at least one page the plugin appears on.',
      'Pilih paling sedikit satu halaman tempat plugin tampil.',
    );
  }
  return { agencyId, nameId, nameEn, entryUrl, exposedModule, version, sha256, pages, scopes: [...new Set(input.scopes)] };
}

/** A decision's reason: required when `required`, trimmed, at most 1000 characters; null when absent and optional. */
export function reasonOf(value: string | null | undefined, required: boolean, en: string, id: string): string | null {
  if (!required && !(value ?? '').trim()) return null;
  return requireText(value, 'reason', en, id, { maxLength: MAX_REASON_LENGTH });
}

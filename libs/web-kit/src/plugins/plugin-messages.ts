import { registerMessages } from '../i18n/catalogue';

/** The slot's own texts; web-kit is a singleton, so they are registered once for every remote. */
export const PLUGINS = 'web-kit.plugins';

registerMessages(PLUGINS, {
  id: {
    kind: 'Plugin instansi · versi {version}',
    loading: 'Memuat plugin {name}…',
    failedTitle: 'Plugin {name} tidak dapat dimuat',
    'failed.load': 'Berkas plugin tidak dapat diambil dari server instansi. Halaman lain tetap dapat dipakai.',
    'failed.integrity':
      'Berkas plugin tidak lagi cocok dengan sidik jari (SHA-256) yang didaftarkan dan disetujui, jadi tidak dijalankan. Hubungi admin instansi.',
    'failed.invalid': 'Berkas plugin tidak berisi plugin Simpul (definePlugin) yang dapat dijalankan.',
    'failed.session': 'Izin plugin untuk unit ini tidak dapat diperoleh: {reason}',
    'failed.render': 'Plugin mengalami galat saat ditampilkan. Halaman lain tetap dapat dipakai.',
    listFailedTitle: 'Plugin tidak dapat dimuat',
    listFailed: 'Daftar plugin untuk halaman ini tidak dapat diambil: {reason}',
    retry: 'Coba lagi',
  },
  en: {
    kind: 'Agency plugin · version {version}',
    loading: 'Loading plugin {name}…',
    failedTitle: 'Plugin {name} could not be loaded',
    'failed.load': "The plugin's file could not be fetched from the agency's server. The rest of the page still works.",
    'failed.integrity':
      "The plugin's file no longer matches the fingerprint (SHA-256) that was registered and approved, so it was not run. Contact the agency's administrator.",
    'failed.invalid': "The plugin's file holds no Simpul plugin (definePlugin) that can run.",
    'failed.session': 'The plugin could not get its permission for this unit: {reason}',
    'failed.render': 'The plugin failed while showing. The rest of the page still works.',
    listFailedTitle: 'Plugins could not be loaded',
    listFailed: 'The plugins for this page could not be fetched: {reason}',
    retry: 'Try again',
  },
});

import { registerMessages } from '@simpul/web-kit';

/** Texts of the public open-data page (/data). */
export const OPEN_DATA = 'portal.openData';

export const OPEN_DATA_MESSAGES = {
  id: {
    title: 'Data terbuka',
    crumb: 'Data terbuka',
    intro:
      'Set data publik Simpul untuk diunduh dan dipakai ulang siapa saja. Setiap set data memuat hanya data yang telah dipublikasikan; data pribadi, berkas bukti, hasil yang belum diumumkan dan jawaban survei perorangan tidak pernah disertakan.',
    license: 'Lisensi',
    licenseWhy:
      'Semua set data berlisensi Creative Commons Atribusi 4.0 (CC BY 4.0): boleh disalin, dibagikan dan diolah, juga untuk tujuan komersial, dengan menyebut sumbernya (Simpul, Kementerian PANRB). Lisensi ini yang dianjurkan Satu Data Indonesia untuk data pemerintah.',
    catalog: 'Katalog untuk mesin (DCAT, JSON)',
    catalogHelp: 'Portal data seperti data.go.id (CKAN) dapat memanen katalog ini secara otomatis.',
    loading: 'Memuat daftar set data…',
    failed: 'Daftar set data tidak dapat dimuat',
    failedBody: 'Layanan data sedang tidak tersedia. Coba lagi sebentar lagi.',
    retry: 'Coba lagi',
    empty: 'Belum ada set data yang tersedia.',
    modified: 'Terakhir diperbarui',
    publisher: 'Penerbit',
    downloads: 'Unduh',
    download: 'Unduh {title} sebagai {format}',
    fields: 'Kolom dan artinya',
    fieldsCaption: 'Kolom set data {title}',
    fieldName: 'Kolom',
    fieldType: 'Jenis',
    fieldMeaning: 'Arti',
    'type.string': 'teks',
    'type.integer': 'bilangan bulat',
    'type.number': 'angka',
    'type.boolean': 'ya/tidak',
    'type.date': 'tanggal',
    'type.datetime': 'tanggal dan waktu',
    'format.CSV': 'CSV',
    'format.JSON': 'JSON',
    'format.XLSX': 'Excel (XLSX)',
  },
  en: {
    title: 'Open data',
    crumb: 'Open data',
    intro:
      "Simpul's public datasets, for anyone to download and reuse. Each holds published data only; personal data, evidence files, unpublished results and individual survey answers are never included.",
    license: 'Licence',
    licenseWhy:
      'Every dataset is licensed under Creative Commons Attribution 4.0 (CC BY 4.0): you may copy, share and adapt it, also commercially, as long as you credit the source (Simpul, Ministry of Administrative and Bureaucratic Reform). It is the licence Satu Data Indonesia recommends for government data.',
    catalog: 'Machine-readable catalogue (DCAT, JSON)',
    catalogHelp: 'Data portals such as data.go.id (CKAN) can harvest this catalogue automatically.',
    loading: 'Loading the datasets…',
    failed: 'The datasets could not be loaded',
    failedBody: 'The data service is unavailable. Try again shortly.',
    retry: 'Try again',
    empty: 'No datasets are available yet.',
    modified: 'Last updated',
    publisher: 'Publisher',
    downloads: 'Download',
    download: 'Download {title} as {format}',
    fields: 'Fields and their meaning',
    fieldsCaption: 'Fields of {title}',
    fieldName: 'Field',
    fieldType: 'Type',
    fieldMeaning: 'Meaning',
    'type.string': 'text',
    'type.integer': 'whole number',
    'type.number': 'number',
    'type.boolean': 'yes/no',
    'type.date': 'date',
    'type.datetime': 'date and time',
    'format.CSV': 'CSV',
    'format.JSON': 'JSON',
    'format.XLSX': 'Excel (XLSX)',
  },
} as const;

registerMessages(OPEN_DATA, OPEN_DATA_MESSAGES);

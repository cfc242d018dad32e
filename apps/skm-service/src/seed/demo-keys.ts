import { stableId } from '@simpul/service-kit';

// The ids other services' seeds use (registry: units, services, users; MPP: the Banjarmasin mall
// and its desks), so the demo's SKM results land on the right registry pages and desks.

export const unitId = (key: string) => stableId('unit', key);
export const serviceId = (unitKey: string, name: string) => stableId('service', `${unitKey}:${name}`);
export const BANJARMASIN_MALL_KEY = 'mpp-kota-banjarmasin';
export const BANJARMASIN_MALL_ID = stableId('mall', BANJARMASIN_MALL_KEY);
export const deskId = (number: number) => stableId('desk', `${BANJARMASIN_MALL_KEY}:${number}`);
export const surveyId = (key: string) => stableId('skm-survey', key);

/** The Kalimantan demo units with a year of quarterly surveys (the trend on their public page). */
export const DEMO_UNITS: { key: string; quality: number; services: string[] }[] = [
  { key: 'samsat-63', quality: 3.35, services: ['Pengesahan STNK Tahunan', 'Pengesahan STNK Lima Tahunan dan Penggantian TNKB'] },
  { key: 'dpmptsp-63', quality: 3.1, services: [] },
  { key: 'samsat-62', quality: 3.0, services: ['Pengesahan STNK Tahunan'] },
  { key: 'dpmptsp-62', quality: 2.85, services: ['Penerbitan Nomor Induk Berusaha (NIB) melalui OSS'] },
  { key: 'rsud-doris-sylvanus', quality: 2.7, services: [] },
  { key: 'dinsos-62', quality: 2.95, services: [] },
  {
    key: 'dpmptsp-63.71',
    quality: 3.45,
    services: ['Penerbitan Nomor Induk Berusaha (NIB) melalui OSS', 'Persetujuan Bangunan Gedung (PBG)'],
  },
  {
    key: 'disdukcapil-63.71',
    quality: 3.25,
    services: ['Penerbitan KTP Elektronik', 'Penerbitan Kartu Keluarga', 'Penerbitan Akta Kelahiran'],
  },
  { key: 'kecamatan-banjarmasin-tengah', quality: 3.05, services: ['Surat Keterangan Ahli Waris'] },
  { key: 'imigrasi-banjarmasin', quality: 3.3, services: ['Penerbitan Paspor Biasa'] },
  { key: 'bpjs-kesehatan-banjarmasin', quality: 3.15, services: ['Pendaftaran Peserta JKN'] },
  { key: 'bpjs-ketenagakerjaan-banjarmasin', quality: 3.0, services: ['Klaim Jaminan Hari Tua (JHT)'] },
];

/**
 * MPP Kota Banjarmasin desks (apps/mpp-service seed): desk 8 gets too few respondents for its
 * visitors, desk 7 a flagged burst from one device.
 */
export const DEMO_DESKS: { number: number; unitKey: string; quality: number; respondents: number; expectedUsers: number }[] = [
  { number: 1, unitKey: 'dpmptsp-63.71', quality: 3.4, respondents: 320, expectedUsers: 6000 },
  { number: 2, unitKey: 'disdukcapil-63.71', quality: 3.2, respondents: 300, expectedUsers: 5000 },
  { number: 3, unitKey: 'samsat-63', quality: 3.3, respondents: 380, expectedUsers: 12000 },
  { number: 4, unitKey: 'samsat-63', quality: 3.1, respondents: 360, expectedUsers: 9000 },
  { number: 7, unitKey: 'imigrasi-banjarmasin', quality: 3.35, respondents: 330, expectedUsers: 7000 },
  { number: 8, unitKey: 'bpjs-kesehatan-banjarmasin', quality: 2.9, respondents: 45, expectedUsers: 2500 },
];
export const TOO_FEW_DESK = 8;
export const BURST_DESK = 7;

import type { PluginLanguage } from '@simpul/plugin-sdk';

// The desk schedule's texts, apart from messages.ts: only the MALL_DESK page loads them (with
// desk-schedule.tsx, in its own chunk), so the desk home downloads none of them.
const ID = {
  'desk.heading': 'Gerai di MPP: 7 hari terakhir',
  'desk.intro': 'Pengunjung dan pengaduan harian {desk} di MPP ini, dibaca dengan izin membaca jadwal gerai MPP.',
  'desk.ofDesk': 'gerai {number}',
  'desk.ofMall': 'setiap gerai',
  'desk.loading': 'Memuat jadwal gerai…',
  'desk.error': 'Jadwal gerai tidak dapat dimuat',
  'desk.none': 'Belum ada hari gerai tercatat dalam 7 hari terakhir.',
  'desk.caption': 'Hari gerai 7 hari terakhir',
  'desk.date': 'Tanggal',
  'desk.desk': 'Gerai',
  'desk.visitors': 'Pengunjung',
  'desk.complaints': 'Pengaduan',
  retry: 'Coba lagi',
};

type DeskMessageKey = keyof typeof ID;

const EN: Record<DeskMessageKey, string> = {
  'desk.heading': 'Desk at the MPP: last 7 days',
  'desk.intro': 'Daily visitors and complaints of {desk} at this MPP, read with the permission to read the MPP desk schedule.',
  'desk.ofDesk': 'desk {number}',
  'desk.ofMall': 'every desk',
  'desk.loading': 'Loading the desk schedule…',
  'desk.error': 'The desk schedule could not be loaded',
  'desk.none': 'No desk day recorded in the last 7 days.',
  'desk.caption': 'Desk days of the last 7 days',
  'desk.date': 'Date',
  'desk.desk': 'Desk',
  'desk.visitors': 'Visitors',
  'desk.complaints': 'Complaints',
  retry: 'Try again',
};

export type DeskTranslate = (key: DeskMessageKey, params?: Record<string, string | number>) => string;

export function deskTranslator(language: PluginLanguage): DeskTranslate {
  const messages = language === 'en' ? EN : ID;
  return (key, params = {}) =>
    messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

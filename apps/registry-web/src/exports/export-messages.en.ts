import type { EXPORT_MESSAGES } from './export-messages';

/** The texts in English, loaded when English is shown (Bahasa Indonesia: ./export-messages.ts). */
export const EXPORT_MESSAGES_EN: Record<keyof typeof EXPORT_MESSAGES.id, string> = {
  'exports.units': 'Download the list of service units',
  'exports.services': 'Download the list of services and their Standar Pelayanan completeness',
  'exports.agencies': 'Download the list of agencies',
  'exports.csv': 'CSV',
  'exports.csvIndonesian': 'CSV (Indonesian format)',
  'exports.xlsx': 'Excel (XLSX)',
  'exports.working': 'Preparing the file…',
  'exports.done': '{file} downloaded: {rows} rows.',
  'exports.demoRows': '{rows} rows come from demo data.',
  'exports.failed': 'The file could not be made. Narrow the filter or try again.',
  'exports.hint': 'The file holds the same rows as this list, not only the page shown.',
};

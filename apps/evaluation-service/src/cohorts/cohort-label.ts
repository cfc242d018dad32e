import type { LocalizedMessage } from '@simpul/contracts';

/** A ranking cohort as people read it: its code (`PROVINCE:SAMSAT`) with a name in both languages. */
export interface CohortLabel {
  code: string;
  label: string;
  labelEn: string;
}

/** How the registry's unit kinds read in a sentence; a kind missing here falls back to its code in title case. */
const KIND_NAMES: Record<string, LocalizedMessage> = {
  SAMSAT: { id: 'Samsat', en: 'Samsat' },
  DPMPTSP: { id: 'DPMPTSP', en: 'DPMPTSP (one-stop service)' },
  RSUD: { id: 'RSUD', en: 'regional hospital (RSUD)' },
  DINAS_SOSIAL: { id: 'Dinas Sosial', en: 'social affairs office' },
  DISDUKCAPIL: { id: 'Disdukcapil', en: 'civil registry (Disdukcapil)' },
  KECAMATAN: { id: 'Kecamatan', en: 'sub-district office (kecamatan)' },
  IMIGRASI: { id: 'Kantor Imigrasi', en: 'immigration office' },
  PUSKESMAS: { id: 'Puskesmas', en: 'community health centre (Puskesmas)' },
  BPJS: { id: 'BPJS', en: 'BPJS' },
  KEPOLISIAN: { id: 'Kepolisian', en: 'police service' },
  PENGADILAN: { id: 'Pengadilan', en: 'court' },
  KEJAKSAAN: { id: 'Kejaksaan', en: "prosecutor's office" },
  BPN: { id: 'Kantor Pertanahan (BPN)', en: 'land office (BPN)' },
  KEMENAG: { id: 'Kantor Kementerian Agama', en: 'religious affairs office' },
  BAPENDA: { id: 'Bapenda', en: 'regional revenue agency (Bapenda)' },
  DISNAKER: { id: 'Disnaker', en: 'manpower office (Disnaker)' },
  PDAM: { id: 'PDAM', en: 'water utility (PDAM)' },
  BANK: { id: 'Bank', en: 'bank' },
  OTHER: { id: 'Unit lain', en: 'other unit' },
};

/** The government level of a cohort: Indonesian follows the noun, English precedes it. */
const LEVEL_NAMES: Record<string, LocalizedMessage> = {
  CENTRAL: { id: 'tingkat pusat', en: 'Central' },
  PROVINCE: { id: 'tingkat provinsi', en: 'Provincial' },
  REGENCY: { id: 'tingkat kabupaten/kota', en: 'Regency/city' },
};

function titleCase(code: string): string {
  return code
    .toLowerCase()
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

/**
 * The one place a cohort code becomes words, from its parts (`cohortOf(level, kind)` builds the
 * code): `PROVINCE:SAMSAT` → "Samsat tingkat provinsi" / "Provincial Samsat". A code of another
 * shape is shown as it is rather than guessed at.
 */
export function cohortLabel(code: string): CohortLabel {
  const [level, kind, ...rest] = code.split(':');
  const levelName = LEVEL_NAMES[level ?? ''];
  if (!levelName || !kind || rest.length) return { code, label: code, labelEn: code };
  const kindName = KIND_NAMES[kind] ?? { id: titleCase(kind), en: titleCase(kind) };
  return { code, label: `${kindName.id} ${levelName.id}`, labelEn: `${levelName.en} ${kindName.en}` };
}

/** A unit kind in words ("Samsat", "civil registry (Disdukcapil)"), for peer groups of one kind. */
export function unitKindLabel(kind: string): LocalizedMessage {
  return KIND_NAMES[kind] ?? { id: titleCase(kind), en: titleCase(kind) };
}

import { Stage } from './stage.enum';

/** Each stage as people name it, for messages that say which stage refused an action. */
export const STAGE_NAMES: Record<Stage, { id: string; en: string }> = {
  [Stage.REGISTRATION]: { id: 'Pendaftaran', en: 'Registration' },
  [Stage.ADMINISTRATIVE_SELECTION]: { id: 'Seleksi administrasi', en: 'Administrative selection' },
  [Stage.DESK_ASSESSMENT]: { id: 'Penilaian Tim Evaluasi', en: 'Assessment by the Evaluation Team' },
  [Stage.TOP99_PANEL]: { id: 'Penetapan Top 99 oleh TPI', en: 'Top 99 by the independent panel' },
  [Stage.OBJECTION_WINDOW]: { id: 'Masa sanggah', en: 'Objection window' },
  [Stage.PRESENTATION]: { id: 'Presentasi dan wawancara', en: 'Presentation and interview' },
  [Stage.FIELD_VERIFICATION]: { id: 'Verifikasi lapangan', en: 'Field verification' },
  [Stage.TOP45]: { id: 'Penetapan Top 45', en: 'Top 45 decision' },
};

const MONTHS = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** A calendar day (YYYY-MM-DD) as people write it in messages: "7 Januari 2027", "7 January 2027". */
export function dayInWords(date: string, language: 'id' | 'en'): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${day} ${MONTHS[language][month - 1]} ${year}`;
}

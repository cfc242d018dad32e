import { registerEnumType } from '@nestjs/graphql';

export enum CyclePhase {
  PREPARATION = 'PREPARATION',
  F01_FILLING = 'F01_FILLING',
  F03_SURVEY = 'F03_SURVEY',
  EVALUATOR_SCORING = 'EVALUATOR_SCORING',
  VERIFICATION = 'VERIFICATION',
  APPEAL = 'APPEAL',
  FINALISATION = 'FINALISATION',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(CyclePhase, { name: 'CyclePhase', description: 'Tahap siklus PEKPPP, berurutan; F-01 dan F-03 boleh berjalan bersamaan' });

/** The order phases must start in. */
export const PHASE_ORDER: readonly CyclePhase[] = Object.values(CyclePhase);

export const PHASE_LABELS: Record<CyclePhase, { id: string; en: string }> = {
  PREPARATION: { id: 'persiapan', en: 'preparation' },
  F01_FILLING: { id: 'pengisian F-01', en: 'F-01 filling' },
  F03_SURVEY: { id: 'survei F-03', en: 'F-03 survey' },
  EVALUATOR_SCORING: { id: 'penilaian evaluator (F-02)', en: 'evaluator scoring (F-02)' },
  VERIFICATION: { id: 'verifikasi', en: 'verification' },
  APPEAL: { id: 'sanggah', en: 'appeal' },
  FINALISATION: { id: 'finalisasi', en: 'finalisation' },
  PUBLISHED: { id: 'publikasi', en: 'publication' },
};

export enum EvaluationScheme {
  PEMANTAUAN = 'PEMANTAUAN',
  MANDIRI = 'MANDIRI',
  KHUSUS = 'KHUSUS',
}
registerEnumType(EvaluationScheme, {
  name: 'EvaluationScheme',
  description: 'Skema PEKPPP: pemantauan, mandiri (instansi menilai unitnya sendiri, diverifikasi KemenPAN-RB), khusus',
});

export const SCHEME_LABELS: Record<EvaluationScheme, { id: string; en: string }> = {
  PEMANTAUAN: { id: 'pemantauan', en: 'monitoring' },
  MANDIRI: { id: 'PEKPPP mandiri', en: 'self-assessment (mandiri)' },
  KHUSUS: { id: 'PEKPPP khusus', en: 'special (khusus)' },
};

import { registerEnumType } from '@nestjs/graphql';

/** The KIPP funnel in calendar order (docs/domain.md §9). */
export enum Stage {
  REGISTRATION = 'REGISTRATION',
  ADMINISTRATIVE_SELECTION = 'ADMINISTRATIVE_SELECTION',
  DESK_ASSESSMENT = 'DESK_ASSESSMENT',
  TOP99_PANEL = 'TOP99_PANEL',
  OBJECTION_WINDOW = 'OBJECTION_WINDOW',
  PRESENTATION = 'PRESENTATION',
  FIELD_VERIFICATION = 'FIELD_VERIFICATION',
  TOP45 = 'TOP45',
}
registerEnumType(Stage, {
  name: 'KippStage',
  description:
    'Tahap KIPP: pendaftaran, seleksi administrasi, penilaian Tim Evaluasi, Top 99 oleh TPI, masa sanggah, presentasi dan wawancara, verifikasi lapangan, Top 45',
});

export const STAGE_ORDER: readonly Stage[] = Object.values(Stage);

/** Stages whose work is scored with a rubric. */
export const SCORED_STAGES: readonly Stage[] = [Stage.DESK_ASSESSMENT, Stage.PRESENTATION];

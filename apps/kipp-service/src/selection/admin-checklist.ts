import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Butir daftar periksa seleksi administrasi' })
export class ChecklistDefinition {
  @Field() code!: string;
  @Field() label!: string;
  @Field() labelEn!: string;
}

/** The administrative selection checklist (from the yearly guidelines' registration requirements). */
export const ADMIN_CHECKLIST: ChecklistDefinition[] = [
  {
    code: 'FORM_COMPLETE',
    label: 'Formulir pendaftaran lengkap dan sesuai kelompok',
    labelEn: 'Registration form complete and in the right group',
  },
  {
    code: 'SECTIONS_RELEVANT',
    label: 'Isi setiap bagian relevan dengan judul inovasi',
    labelEn: 'Every section is relevant to the innovation',
  },
  { code: 'DECREE_ATTACHED', label: 'SK/dasar hukum inovasi terlampir', labelEn: 'Decree or legal basis attached' },
  { code: 'EVIDENCE_ATTACHED', label: 'Bukti dukung (foto, laporan, data) terlampir', labelEn: 'Supporting evidence attached' },
  { code: 'VIDEO_VALID', label: 'Video dapat diputar dan berdurasi sesuai ketentuan', labelEn: 'Video plays and meets the length rule' },
  { code: 'NOT_DUPLICATE', label: 'Bukan duplikasi proposal lain', labelEn: 'Not a duplicate of another proposal' },
];

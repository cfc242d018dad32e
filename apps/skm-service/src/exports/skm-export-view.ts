import { registerEnumType } from '@nestjs/graphql';

/** Which table of a survey's result a person downloads. */
export enum SkmExportView {
  ELEMENTS = 'ELEMENTS',
  SERVICES = 'SERVICES',
  RESPONDENT_PROFILE = 'RESPONDENT_PROFILE',
}
registerEnumType(SkmExportView, {
  name: 'SkmExportView',
  description:
    'Isi ekspor hasil SKM: ELEMENTS (NRR dan nilai per unsur U1–U9), SERVICES (IKM per jenis layanan), RESPONDENT_PROFILE (IKM per kelompok profil responden; agregat saja)',
});

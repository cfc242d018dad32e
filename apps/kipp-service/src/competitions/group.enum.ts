import { registerEnumType } from '@nestjs/graphql';

export enum CompetitionGroup {
  UMUM = 'UMUM',
  REPLIKASI = 'REPLIKASI',
  KHUSUS = 'KHUSUS',
}
registerEnumType(CompetitionGroup, {
  name: 'KippGroup',
  description: 'Kelompok: UMUM (inovasi baru), REPLIKASI (mengadaptasi Top 99 terdahulu), KHUSUS (peningkatan pemenang terdahulu)',
});

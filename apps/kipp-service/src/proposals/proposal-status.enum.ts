import { registerEnumType } from '@nestjs/graphql';

export enum ProposalStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  ADMIN_PASSED = 'ADMIN_PASSED',
  ADMIN_FAILED = 'ADMIN_FAILED',
  TOP99 = 'TOP99',
  DISQUALIFIED = 'DISQUALIFIED',
  TOP45 = 'TOP45',
}
registerEnumType(ProposalStatus, {
  name: 'ProposalStatus',
  description: 'Status proposal: draf, terkirim, lolos/gagal seleksi administrasi, Top 99, gugur karena sanggahan, Top 45',
});

import { ObjectType } from '@nestjs/graphql';
import { Paginated } from '@simpul/service-kit';
import { DeskStats, ExpiringAgreement, QuotaUse, ServiceNotReady, ServiceStats } from './dashboard.model';

@ObjectType({ description: 'Halaman PKS yang akan berakhir, yang paling dekat dahulu' })
export class ExpiringAgreementConnection extends Paginated(ExpiringAgreement, 'ExpiringAgreement') {}

@ObjectType({ description: 'Halaman layanan yang belum dilayani: yang SP-nya belum lengkap dahulu' })
export class ServiceNotReadyConnection extends Paginated(ServiceNotReady, 'ServiceNotReady') {}

@ObjectType({ description: 'Halaman gerai, tersibuk dahulu' })
export class DeskStatsConnection extends Paginated(DeskStats, 'DeskStats') {}

@ObjectType({ description: 'Halaman layanan, tersibuk dahulu' })
export class ServiceStatsConnection extends Paginated(ServiceStats, 'ServiceStats') {}

@ObjectType({ description: 'Halaman pemakaian kuota, yang paling sering melampaui kuota dahulu' })
export class QuotaUseConnection extends Paginated(QuotaUse, 'QuotaUse') {}

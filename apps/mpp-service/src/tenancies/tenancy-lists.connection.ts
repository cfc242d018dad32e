import { ObjectType } from '@nestjs/graphql';
import { Paginated } from '@simpul/service-kit';
import { Agreement } from '../agreements/agreement.model';
import { TenancyService } from '../tenancy-services/tenancy-service.model';
import { TenancyStepRecord } from './tenancy.model';

@ObjectType({ description: 'Halaman riwayat tahap, urut waktu penyelesaian' })
export class TenancyStepRecordConnection extends Paginated(TenancyStepRecord, 'TenancyStepRecord') {}

@ObjectType({ description: 'Halaman PKS, yang paling akhir berakhir dahulu' })
export class AgreementConnection extends Paginated(Agreement, 'Agreement') {}

@ObjectType({ description: 'Halaman layanan tenant, urut waktu ditambahkan' })
export class TenancyServiceConnection extends Paginated(TenancyService, 'TenancyService') {}

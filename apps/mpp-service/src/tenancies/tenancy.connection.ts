import { ObjectType } from '@nestjs/graphql';
import { Paginated } from '@simpul/service-kit';
import { Tenancy } from './tenancy.model';

@ObjectType({ description: 'Halaman daftar tenant' })
export class TenancyConnection extends Paginated(Tenancy, 'Tenancy') {}

import { ObjectType } from '@nestjs/graphql';
import { Paginated } from '@simpul/service-kit';
import { Mall } from './mall.model';

@ObjectType({ description: 'Halaman daftar MPP, urut provinsi lalu nama' })
export class MallConnection extends Paginated(Mall, 'Mall') {}

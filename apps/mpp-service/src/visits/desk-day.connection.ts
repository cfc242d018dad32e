import { ObjectType } from '@nestjs/graphql';
import { Paginated } from '@simpul/service-kit';
import { DeskDay } from './desk-day.model';

@ObjectType({ description: 'Halaman hari-gerai, urut tanggal lalu gerai' })
export class DeskDayConnection extends Paginated(DeskDay, 'DeskDay') {}

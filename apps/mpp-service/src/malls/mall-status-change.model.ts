import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Paginated } from '@simpul/service-kit';
import { MallStatus } from './mall-status.enum';

/** One recorded change of a mall's status: the register the Perpres 89/2021 oversight asks for. */
@ObjectType({ description: 'Perubahan status MPP: dari, ke, alasan, oleh siapa dan kapan' })
export class MallStatusChange {
  @Field(() => ID) id!: string;
  @Field(() => MallStatus) from!: MallStatus;
  @Field(() => MallStatus) to!: MallStatus;
  @Field() reason!: string;
  @Field(() => ID, { nullable: true, description: 'ID pengguna yang mengubah' }) changedBy!: string | null;
  @Field(() => String, { nullable: true }) changedByName!: string | null;
  @Field() changedAt!: Date;
  mallId!: string;
}

@ObjectType({ description: 'Halaman riwayat status MPP, terbaru dahulu' })
export class MallStatusChangeConnection extends Paginated(MallStatusChange, 'MallStatusChange') {}

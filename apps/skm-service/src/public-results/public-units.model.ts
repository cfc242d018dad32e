import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Paginated } from '@simpul/service-kit';
import { ServiceUnit } from '../federation/service-unit.model';
import { SkmLatestIkm } from '../results/result.model';

@ObjectType({ description: 'Unit dengan IKM yang dipublikasikan (IKM utama): untuk daftar hasil SKM publik' })
export class SkmPublicUnit {
  @Field(() => ID) serviceUnitId!: string;
  // Nullable: a unit the registry no longer knows must not blank the whole public list.
  @Field(() => ServiceUnit, { nullable: true, description: 'Unit di registri (nama, instansi, wilayah lewat gateway)' })
  serviceUnit!: ServiceUnit | null;
  @Field(() => SkmLatestIkm, { description: 'IKM utama: periode selesai terbaru, jawaban sudah ditinjau, sampel cukup' })
  latest!: SkmLatestIkm;
}

@ObjectType()
export class SkmPublicUnitConnection extends Paginated(SkmPublicUnit, 'SkmPublicUnit') {}

import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Keadaan instalasi yang perlu diketahui setiap pengunjung' })
export class SystemStatus {
  @Field({
    description:
      'Data contoh dimuat: sebagian besar angka di portal adalah contoh, bukan angka resmi (portal menampilkan spanduk "Data contoh")',
  })
  demoData!: boolean;
  @Field(() => Date, { nullable: true, description: 'Kapan data contoh pertama kali dimuat' })
  demoDataLoadedAt!: Date | null;
}

import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Kunci sistem antrean sebuah MPP: mengubah tiket yang selesai dilayani menjadi undangan survei SKM' })
export class SkmQueueKey {
  @Field(() => ID) id!: string;
  @Field(() => ID) mallId!: string;
  @Field({ description: 'Nama pengenal, mis. "Antrean lantai 1"' }) name!: string;
  @Field({ description: 'Empat karakter terakhir kunci, untuk mengenalinya (kunci utuh tidak disimpan)' }) hint!: string;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true, description: 'Kapan kunci dicabut; null bila masih berlaku' }) revokedAt!: Date | null;
}

@ObjectType({ description: 'Kunci yang baru dibuat, dengan rahasianya: ditampilkan sekali ini saja' })
export class SkmQueueKeyCreated {
  @Field(() => SkmQueueKey) key!: SkmQueueKey;
  @Field({ description: 'Rahasia untuk header X-Simpul-Queue-Key; tidak dapat dibaca lagi' }) secret!: string;
}

import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Paginated } from '@simpul/service-kit';

export enum SearchHitKind {
  SERVICE_UNIT = 'SERVICE_UNIT',
  SERVICE = 'SERVICE',
  AGENCY = 'AGENCY',
  MALL = 'MALL',
  INNOVATION = 'INNOVATION',
  PUBLISHED_RESULT = 'PUBLISHED_RESULT',
  OMBUDSMAN_RESULT = 'OMBUDSMAN_RESULT',
}
registerEnumType(SearchHitKind, {
  name: 'SearchHitKind',
  description: 'Jenis hasil pencarian / what a search hit is',
  valuesMap: {
    SERVICE_UNIT: { description: 'Unit penyelenggara pelayanan / service unit' },
    SERVICE: { description: 'Jenis pelayanan / service' },
    AGENCY: { description: 'Instansi / agency' },
    MALL: { description: 'Mal Pelayanan Publik' },
    INNOVATION: { description: 'Inovasi KIPP (katalog) / KIPP innovation' },
    PUBLISHED_RESULT: { description: 'Hasil PEKPPP yang diumumkan / published PEKPPP result' },
    OMBUDSMAN_RESULT: { description: 'Hasil penilaian kepatuhan Ombudsman / Ombudsman compliance result' },
  },
});

@ObjectType({ description: 'Satu hasil pencarian lintas modul / one cross-module search hit' })
export class SearchHit {
  @Field(() => SearchHitKind) kind!: SearchHitKind;
  @Field(() => ID, { description: 'ID di layanan pemiliknya / id in the owning service' }) id!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) subtitle!: string | null;
  @Field({ description: 'Alamat halaman di portal / portal path of its page' }) url!: string;
  @Field(() => Float, { description: 'Relevansi (lebih besar lebih cocok) / relevance, higher is better' }) score!: number;
}

@ObjectType({ description: 'Jumlah hasil per jenis / how many hits of one kind' })
export class SearchKindCount {
  @Field(() => SearchHitKind) kind!: SearchHitKind;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class SearchHitConnection extends Paginated(SearchHit, 'SearchHit') {
  @Field(() => [SearchKindCount], { description: 'Jumlah hasil tiap jenis, tanpa saringan kinds / hits per kind, before the kinds filter' })
  facets!: SearchKindCount[];

  @Field(() => String, {
    nullable: true,
    description:
      'Teks yang dicari setelah salah ketik dibetulkan, bila ada / the text searched after typo correction, when a word was corrected',
  })
  correctedText!: string | null;
}

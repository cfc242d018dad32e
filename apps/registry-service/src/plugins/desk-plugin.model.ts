import { Directive, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { BilingualText, Paginated } from '@simpul/service-kit';
import {
  DeskPluginEventKindEnum,
  DeskPluginStatusEnum,
  PluginPageEnum,
  PluginScopeEnum,
  type DeskPluginEventKind,
  type DeskPluginStatus,
  type PluginPage,
  type PluginScope,
} from './plugin-enums';

/** A stored plugin as the service reads it; `agency`, `integrity` and `history` are resolved fields. */
@ObjectType({ description: 'Plugin desk sebuah instansi (microfrontend miliknya) / an agency’s desk plugin' })
@Directive('@key(fields: "id")')
export class DeskPlugin {
  @Field(() => ID) id!: string;
  @Field(() => BilingualText) name!: BilingualText;
  agencyId!: string;
  @Field({ description: 'Alamat remote entry (manifest Module Federation atau remoteEntry.js)' }) entryUrl!: string;
  @Field({ description: 'Modul yang diekspos, mis. ./Plugin' }) exposedModule!: string;
  @Field() version!: string;
  @Field({ description: 'SHA-256 berkas entri, heksadesimal' }) sha256!: string;
  @Field(() => [PluginPageEnum]) pages!: PluginPage[];
  @Field(() => [PluginScopeEnum]) scopes!: PluginScope[];
  @Field(() => DeskPluginStatusEnum) status!: DeskPluginStatus;
  @Field(() => ID, { nullable: true, description: 'Pengguna yang mengajukan; kosong untuk data contoh' }) submittedBy!: string | null;
  @Field(() => String, { nullable: true }) submittedByName!: string | null;
  @Field(() => Date) submittedAt!: Date;
}

@ObjectType({ description: 'Satu kejadian dalam riwayat plugin: siapa, kapan, mengapa' })
export class DeskPluginEvent {
  @Field(() => ID) id!: string;
  @Field(() => DeskPluginEventKindEnum) kind!: DeskPluginEventKind;
  @Field(() => ID, { nullable: true }) actorId!: string | null;
  @Field(() => String, { nullable: true }) actorName!: string | null;
  @Field(() => String, { nullable: true, description: 'Alasan (wajib untuk penolakan dan penangguhan)' }) reason!: string | null;
  @Field(() => Date) at!: Date;
}

@ObjectType({ description: 'Plugin desk, terbaru diajukan dulu' })
export class DeskPluginConnection extends Paginated(DeskPlugin, 'DeskPlugin') {}

@ObjectType({ description: 'Token plugin: dikirim plugin ke gateway bersama sesi orangnya, dipersempit ke cakupan dan unitnya' })
export class PluginSession {
  @Field() token!: string;
  @Field(() => Date) expiresAt!: Date;
}

@InputType({ description: 'Teks dua bahasa / text in Bahasa Indonesia and English' })
export class BilingualTextInput {
  @Field({ description: 'Bahasa Indonesia' }) id!: string;
  @Field({ description: 'English' }) en!: string;
}

@InputType()
export class RegisterDeskPluginInput {
  @Field(() => ID) agencyId!: string;
  @Field(() => BilingualTextInput) name!: BilingualTextInput;
  @Field({ description: 'https (http hanya untuk 127.0.0.1/localhost)' }) entryUrl!: string;
  @Field({ description: 'Modul yang diekspos, mis. ./Plugin' }) exposedModule!: string;
  @Field({ description: 'Versi semver, mis. 1.0.0' }) version!: string;
  @Field({ description: 'SHA-256 berkas entri, 64 karakter heksadesimal' }) sha256!: string;
  @Field(() => [PluginPageEnum]) pages!: PluginPage[];
  @Field(() => [PluginScopeEnum]) scopes!: PluginScope[];
}

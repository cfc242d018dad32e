import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfo } from '../graphql/pagination';

export enum AuditAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
}
registerEnumType(AuditAction, { name: 'AuditAction', description: 'Jenis perubahan: dibuat, diubah, dihapus' });

// The registry, SKM and MPP subgraphs each serve these same value types, so they are @shareable.
@ObjectType({ description: 'Satu isian yang berubah, sebelum dan sesudah, sebagai teks tampilan' })
@Directive('@shareable')
export class AuditFieldChange {
  @Field({ description: 'Nama isian seperti di API, mis. address, standard.FEE, assignment.weekday' }) field!: string;
  @Field(() => String, { nullable: true }) before!: string | null;
  @Field(() => String, { nullable: true }) after!: string | null;
}

@ObjectType({ description: 'Satu perubahan data: siapa, kapan, apa, sebelum dan sesudah' })
@Directive('@shareable')
export class AuditEntry {
  @Field(() => ID) id!: string;
  @Field() at!: Date;
  @Field(() => ID, { nullable: true, description: 'Pengguna yang mengubah; kosong untuk perubahan oleh sistem' }) actorId!: string | null;
  @Field(() => String, { nullable: true, description: 'Nama pengguna saat mengubah; kosong untuk sistem' }) actorName!: string | null;
  @Field(() => AuditAction) action!: AuditAction;
  @Field({ description: 'Jenis objek, mis. ServiceUnit, Desk' }) objectType!: string;
  @Field(() => ID) objectId!: string;
  @Field(() => [AuditFieldChange]) changes!: AuditFieldChange[];
}

@ObjectType()
@Directive('@shareable')
export class AuditEntryEdge {
  @Field() cursor!: string;
  @Field(() => AuditEntry) node!: AuditEntry;
}

@ObjectType({ description: 'Riwayat perubahan, terbaru dahulu' })
@Directive('@shareable')
export class AuditEntryConnection {
  @Field(() => Int, { description: 'Jumlah seluruh hasil / size of the whole filtered list' }) totalCount!: number;
  @Field(() => [AuditEntryEdge]) edges!: AuditEntryEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@InputType({ description: 'Saring log audit menurut pengguna, jenis objek dan rentang waktu (from dan to termasuk)' })
export class AuditFilter {
  @Field(() => ID, { nullable: true }) actorId?: string | null;
  @Field(() => String, { nullable: true }) objectType?: string | null;
  @Field(() => Date, { nullable: true }) from?: Date | null;
  @Field(() => Date, { nullable: true }) to?: Date | null;
}

import { ArgsType, Field, Int } from '@nestjs/graphql';
import { validateFirst } from '@simpul/service-kit';

/** `first` (1–100, default 20) and `after` of every cursor-paginated list of this subgraph. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Jumlah baris per halaman, 1–100 (bawaan 20)' }) first?: number | null;
  @Field(() => String, { nullable: true, description: 'Kursor endCursor halaman sebelumnya' }) after?: string | null;
}

/** The page size, or BAD_USER_INPUT on `first`. */
export function pageSize(page: PageArgs): number {
  return validateFirst(page.first, 20);
}

import { ArgsType, Field, Int } from '@nestjs/graphql';
import { validateFirst } from './pagination';

/** `first` (1–100, default 20) and `after` of a cursor-paginated list, as one set of GraphQL arguments. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Jumlah baris per halaman, 1–100 (bawaan 20)' }) first?: number | null;
  @Field(() => String, { nullable: true, description: 'Kursor endCursor halaman sebelumnya' }) after?: string | null;
}

/** The page size of `page`, or BAD_USER_INPUT on `first`. */
export function pageSize(page: PageArgs, fallback = 20): number {
  return validateFirst(page.first, fallback);
}

import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Access } from '@simpul/service-kit';
import { SearchHitConnection, SearchHitKind } from './search-hit.model';
import { SearchService } from './search.service';

@Resolver(() => SearchHitConnection)
export class SearchResolver {
  constructor(private readonly searchService: SearchService) {}

  @Access('public')
  @Query(() => SearchHitConnection, {
    description:
      'Publik: pencarian lintas modul (unit, layanan, instansi, MPP, inovasi, hasil yang diumumkan), paham singkatan dan ejaan lain (kalsel, antrian/antrean, pdam) dan salah ketik; terbaik di atas / public cross-module search, best first',
  })
  search(
    @Args('text', { description: 'Kata yang dicari (1–200 karakter) / what to search for' }) text: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
    @Args('kinds', { type: () => [SearchHitKind], nullable: true, description: 'Hanya jenis ini / only these kinds' })
    kinds?: SearchHitKind[],
  ): Promise<SearchHitConnection> {
    return this.searchService.search(text, first, after, kinds);
  }
}

import { Module } from '@nestjs/common';
import { JobsModule, searchFeedSourcesFromEnv } from '@simpul/service-kit';
import { SearchMemory } from './memory/search-memory';
import { SEARCH_FEED_SOURCES } from './search-feed-sources.token';
import { SearchIndexSync } from './search-index-sync';
import { SearchResolver } from './search.resolver';
import { SearchService } from './search.service';

/**
 * Cross-module search: the `search` query over registry.search_documents, and the job that keeps
 * the index in step every minute (the registry's own rows, and KIPP's, MPP's and evaluation's feeds
 * at KIPP_URL, MPP_URL and EVALUATION_URL), and each process's copy of the index in memory that
 * searches match against (SearchMemory).
 */
@Module({
  imports: [JobsModule.forRoot({ schema: 'registry_jobs', sources: [SearchIndexSync] })],
  providers: [
    { provide: SEARCH_FEED_SOURCES, useFactory: () => searchFeedSourcesFromEnv() },
    SearchIndexSync,
    SearchMemory,
    SearchService,
    SearchResolver,
  ],
  exports: [SearchIndexSync],
})
export class SearchModule {}

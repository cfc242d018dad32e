import { Module } from '@nestjs/common';
import { KippSearchFeedController } from './search-feed.controller';

/** KIPP's part of the cross-module search: the registry pulls the published catalogue from here. */
@Module({ controllers: [KippSearchFeedController] })
export class SearchFeedModule {}

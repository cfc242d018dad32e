import { Module } from '@nestjs/common';
import { MppSearchFeedController } from './search-feed.controller';

/** MPP's part of the cross-module search: the registry pulls the active malls from here. */
@Module({ controllers: [MppSearchFeedController] })
export class SearchFeedModule {}

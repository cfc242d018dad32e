import { Module } from '@nestjs/common';
import { EvaluationSearchFeedController } from './search-feed.controller';

/** Evaluation's part of the cross-module search: the registry pulls published results from here. */
@Module({ controllers: [EvaluationSearchFeedController] })
export class SearchFeedModule {}

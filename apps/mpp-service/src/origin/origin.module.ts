import { Module } from '@nestjs/common';
import { FIGURE_ORIGIN_RESOLVERS } from './figure-origin.resolver';

/** Where each published figure comes from (OFFICIAL or DEMO). */
@Module({ providers: [...FIGURE_ORIGIN_RESOLVERS] })
export class OriginModule {}

import { Module } from '@nestjs/common';
import { NationalResolver } from './national.resolver';
import { NationalService } from './national.service';

/** Malls across the country: counts per province, openings per year, every mall's tenants. */
@Module({ providers: [NationalService, NationalResolver] })
export class NationalModule {}

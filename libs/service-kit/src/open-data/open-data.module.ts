import { Controller, Get, Inject, Module, Param, Res, UseFilters, type DynamicModule } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Access } from '../auth/access';
import { SimpulHttpFilter } from '../errors/rest-error';
import { notFound } from '../errors/simpul-error';
import { catalogEntries, type OpenDataCatalogEntry } from './catalog';
import { isOpenDataFormat, type OpenDataset } from './dataset';
import { sendDataset } from './send-dataset';

export const OPEN_DATASETS = Symbol('OPEN_DATASETS');

/**
 * GET /open-data/catalog → `{ dataset: [...] }` (this service's DCAT entries) and
 * GET /open-data/<id>.<csv|json|xlsx> (the download, streamed). Public data, but behind the
 * internal-token middleware like every route: the gateway merges the catalogues and proxies the
 * downloads at /data/….
 */
@UseFilters(SimpulHttpFilter)
@Controller('open-data')
export class OpenDataController {
  constructor(
    @Inject(OPEN_DATASETS) private readonly datasets: readonly OpenDataset[],
    private readonly db: DataSource,
    private readonly moduleRef: ModuleRef,
  ) {}

  @Access('public')
  @Get('catalog')
  async catalog(): Promise<{ dataset: OpenDataCatalogEntry[] }> {
    return { dataset: await catalogEntries(this.db, this.datasets) };
  }

  @Access('public')
  @Get(':file')
  async download(@Param('file') file: string, @Res() res: Response): Promise<void> {
    const match = /^([a-z0-9-]+)\.([a-z]+)$/.exec(file);
    const dataset = match ? this.datasets.find((candidate) => candidate.id === match[1]) : undefined;
    if (!match || !dataset || !isOpenDataFormat(match[2]))
      throw notFound(`There is no open dataset ${file}.`, `Tidak ada set data terbuka ${file}.`, 'file');
    await sendDataset(res, dataset, match[2], {
      db: this.db,
      get: (type) => this.moduleRef.get(type, { strict: false }),
    });
  }
}

/** A service's open data: `OpenDataModule.forDatasets(SERVICE_DATASETS)` in its AppModule. */
@Module({})
export class OpenDataModule {
  static forDatasets(datasets: readonly OpenDataset[]): DynamicModule {
    return {
      module: OpenDataModule,
      controllers: [OpenDataController],
      providers: [{ provide: OPEN_DATASETS, useValue: datasets }],
    };
  }
}

import { Controller, HttpStatus, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Access, badUserInput, type SubgraphRequest, sendRestError, SimpulHttpFilter } from '@simpul/service-kit';
import { ImportService } from './import.service';

/**
 * POST /imports/:surveyId?fileName=… with a text/csv body: the bulk paper import, streamed (the
 * body is never held whole in memory), for files too large for the GraphQL form. Staff only, through
 * the gateway's internal token like every route.
 */
@UseFilters(SimpulHttpFilter)
@Controller('imports')
export class ImportController {
  constructor(private readonly imports: ImportService) {}

  @Access('NATIONAL_ADMIN', 'MPP_OPERATOR', 'UNIT_DESK')
  @Post(':surveyId')
  async import(
    @Param('surveyId') surveyId: string,
    @Query('fileName') fileName: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    try {
      if (!/^text\/(csv|plain)/.test(req.header('content-type') ?? ''))
        throw badUserInput('content-type', 'Send the file as text/csv.', 'Kirim berkas sebagai text/csv.');
      const report = await this.imports.importCsvStream(
        surveyId,
        fileName ?? 'import.csv',
        req,
        (req as SubgraphRequest).simpul?.caller ?? null,
      );
      res.status(HttpStatus.OK).json(report);
    } catch (error) {
      sendRestError(res, error);
    }
  }
}

import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Caller } from '@simpul/contracts';
import { exportRows } from '@simpul/reporting';
import { fileSlug, one, writeExportFile, type ExportFile, type ExportFormat } from '@simpul/service-kit';
import { canRead, requireCan } from '../access/skm-access';
import { REGISTRY_DIRECTORY, type RegistryDirectory } from '../public-results/registry-directory';
import { ResultsService } from '../results/results.service';
import { SkmProfileDimension } from '../surveys/respondent-profile';
import type { SurveyRow } from '../surveys/survey.row';
import { SurveyService } from '../surveys/survey.service';
import { DIMENSION_LABEL, GROUP_LABEL } from './profile-labels';
import { ELEMENT_COLUMNS, PROFILE_COLUMNS, SERVICE_COLUMNS, type ProfileRow, type ServiceRow } from './skm-export-columns';
import { SkmExportView } from './skm-export-view';

const PROFILE_DIMENSIONS = [
  SkmProfileDimension.SEX,
  SkmProfileDimension.AGE_BAND,
  SkmProfileDimension.EDUCATION,
  SkmProfileDimension.OCCUPATION,
];

const VIEW_NAME: Record<SkmExportView, { slug: string; label: string }> = {
  [SkmExportView.ELEMENTS]: { slug: 'unsur', label: 'IKM per unsur' },
  [SkmExportView.SERVICES]: { slug: 'layanan', label: 'IKM per jenis layanan' },
  [SkmExportView.RESPONDENT_PROFILE]: { slug: 'profil-responden', label: 'IKM per profil responden' },
};

/**
 * A survey's result as a file, for whoever may read that result (skmResult's rule): the elements,
 * the services or the respondent profile groups. Only aggregates leave: counts and IKM per group,
 * never an answer.
 */
@Injectable()
export class SkmExportService {
  private readonly logger = new Logger(SkmExportService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly surveys: SurveyService,
    private readonly results: ResultsService,
    @Inject(REGISTRY_DIRECTORY) private readonly registry: RegistryDirectory,
  ) {}

  async export(surveyId: string, view: SkmExportView, format: ExportFormat, caller: Caller): Promise<ExportFile> {
    const survey = await this.surveys.load(surveyId);
    requireCan(canRead, survey, caller);
    const [result] = await this.results.resultsOf([survey]);
    const origin = await one<{ origin: string; source: string | null }>(
      this.dataSource,
      `SELECT origin, source FROM skm.surveys WHERE id = $1`,
      [survey.id],
    );
    const table =
      view === SkmExportView.ELEMENTS
        ? exportRows(result.ikm ? result.elements : [], ELEMENT_COLUMNS)
        : view === SkmExportView.SERVICES
          ? exportRows(await this.serviceRows(survey), SERVICE_COLUMNS)
          : exportRows(await this.profileRows(survey, result.ikm?.respondents ?? 0), PROFILE_COLUMNS);
    const name = VIEW_NAME[view];
    return writeExportFile(table, format, {
      baseName: `skm-${fileSlug(survey.title)}-${name.slug}`,
      sheetName: name.label,
      demoRowCount: origin?.origin === 'DEMO' ? table.rows.length : 0,
      about: [
        { label: 'Survei', value: survey.title },
        { label: 'Periode', value: result.periodLabel },
        { label: 'Isi', value: name.label },
        { label: 'IKM', value: result.ikm ? result.ikm.value : '–' },
        { label: 'Mutu', value: result.ikm ? `${result.ikm.category.code} (${result.ikm.category.label})` : '–' },
        { label: 'Jumlah responden', value: result.ikm?.respondents ?? 0 },
        { label: 'Asal data', value: origin?.origin === 'DEMO' ? 'contoh (bukan angka resmi)' : 'resmi' },
        { label: 'Sumber', value: origin?.source ?? '–' },
        { label: 'Privasi', value: 'Hanya angka agregat; tidak ada jawaban perorangan (UU 27/2022).' },
      ],
    });
  }

  private async allBuckets(survey: SurveyRow, dimension: SkmProfileDimension) {
    const buckets = [];
    let after: string | null = null;
    for (;;) {
      const page = await this.results.breakdown(survey, dimension, 100, after);
      buckets.push(...page.edges.map((edge) => edge.node));
      if (!page.pageInfo.hasNextPage) return buckets;
      after = page.pageInfo.endCursor;
    }
  }

  private async serviceRows(survey: SurveyRow): Promise<ServiceRow[]> {
    const buckets = await this.allBuckets(survey, SkmProfileDimension.SERVICE);
    const ids = buckets.map((bucket) => bucket.bucket).filter((bucket) => bucket !== 'UNKNOWN');
    let names = new Map<string, string>();
    try {
      names = await this.registry.serviceNames(ids);
    } catch (error) {
      // The figures are SKM's own; without the registry the file still names each service by its id.
      this.logger.warn(`Service names unavailable for the SKM export: ${(error as Error).message}`);
    }
    return buckets.map((bucket) => ({
      serviceId: bucket.bucket === 'UNKNOWN' ? null : bucket.bucket,
      serviceName: bucket.bucket === 'UNKNOWN' ? 'Tidak diisi' : (names.get(bucket.bucket) ?? bucket.bucket),
      respondents: bucket.respondents,
      ikm: bucket.ikm,
      quality: bucket.categoryCode,
    }));
  }

  private async profileRows(survey: SurveyRow, respondents: number): Promise<ProfileRow[]> {
    const rowsOut: ProfileRow[] = [];
    for (const dimension of PROFILE_DIMENSIONS) {
      for (const bucket of await this.allBuckets(survey, dimension)) {
        rowsOut.push({
          dimension: DIMENSION_LABEL[dimension].id,
          group: GROUP_LABEL[bucket.bucket]?.id ?? bucket.bucket,
          respondents: bucket.respondents,
          sharePercent: respondents > 0 ? Math.round((bucket.respondents / respondents) * 10_000) / 100 : 0,
          ikm: bucket.ikm,
          quality: bucket.categoryCode,
        });
      }
    }
    return rowsOut;
  }
}

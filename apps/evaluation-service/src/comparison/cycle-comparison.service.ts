import { Injectable } from '@nestjs/common';
import type { Caller } from '@simpul/contracts';
import { compareInstruments, getInstrument, hasInstrument, type AspectDifference, type Instrument } from '@simpul/scoring';
import { badUserInput, isUuid, rows } from '@simpul/service-kit';
import { DataSource } from 'typeorm';
import { requireAdminUntilPublished } from '../access/result-access';
import type { CycleRow } from '../cycles/cycle.row';
import { CycleService } from '../cycles/cycle.service';
import {
  AspectDifferenceKind,
  type AspectDifferenceNote,
  type ComparedAspect,
  type ComparedAspectSide,
  type CycleComparison,
} from './cycle-comparison.model';

interface Figures {
  cycleId: string;
  instrumentId: string | null;
  ipp: string | null;
  scored: string;
  published: string;
}

interface AspectScore {
  cycleId: string;
  instrumentId: string | null;
  code: string;
  score: string;
}

// Per cycle and instrument: the mean IPP (or the unit's), and how many results have scores behind them.
const FIGURES = `
  SELECT r.cycle_id AS "cycleId", l.instrument_id AS "instrumentId", round(avg(r.index), 2) AS ipp,
    count(*) FILTER (WHERE r.basis <> 'PUBLISHED_AGGREGATE') AS scored, count(*) FILTER (WHERE r.basis = 'PUBLISHED_AGGREGATE') AS published
  FROM evaluation.results r JOIN evaluation.lokus l ON l.id = r.lokus_id
  WHERE r.current AND r.cycle_id = ANY($1::uuid[]) AND ($2::uuid IS NULL OR l.service_unit_id = $2)
  GROUP BY 1, 2`;

// Aspect scores are steps of each stored explanation ("aspect.a" …): a published figure has none.
const ASPECT_SCORES = `
  SELECT r.cycle_id AS "cycleId", l.instrument_id AS "instrumentId", substr(step->>'id', 8) AS code, round(avg((step->>'value')::numeric), 2) AS score
  FROM evaluation.results r JOIN evaluation.lokus l ON l.id = r.lokus_id
  CROSS JOIN LATERAL jsonb_array_elements(r.explanation->'steps') AS step
  WHERE r.current AND r.explanation IS NOT NULL AND r.cycle_id = ANY($1::uuid[]) AND ($2::uuid IS NULL OR l.service_unit_id = $2)
    AND step->>'id' LIKE 'aspect.%'
  GROUP BY 1, 2, 3`;

/**
 * Two cycles side by side, aspect by aspect (compareInstruments), with the mean aspect scores of
 * each cycle's results, or one unit's. Whole-cycle figures: public once both are published, the
 * national admin's before.
 */
@Injectable()
export class CycleComparisonService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cycles: CycleService,
  ) {}

  async compare(firstId: string, secondId: string, serviceUnitId: string | null, caller: Caller): Promise<CycleComparison> {
    if (firstId === secondId) throw badUserInput('secondCycleId', 'Choose two different cycles.', 'Pilih dua siklus yang berbeda.');
    if (serviceUnitId !== null && !isUuid(serviceUnitId))
      throw badUserInput('serviceUnitId', 'Unknown service unit.', 'Unit layanan tidak dikenal.');
    const [first, second] = await Promise.all([this.cycles.loadVisible(firstId, caller), this.cycles.loadVisible(secondId, caller)]);
    requireAdminUntilPublished(first, caller);
    requireAdminUntilPublished(second, caller);
    const [figures, scores] = await Promise.all([
      rows<Figures>(this.dataSource, FIGURES, [[first.id, second.id], serviceUnitId]),
      rows<AspectScore>(this.dataSource, ASPECT_SCORES, [[first.id, second.id], serviceUnitId]),
    ]);
    const [left, right] = [first, second].map((cycle) => sideOf(cycle, figures, scores, serviceUnitId !== null));
    const comparison = left.instrument && right.instrument ? compareInstruments(left.instrument, right.instrument) : null;
    const aspects: ComparedAspect[] = comparison
      ? comparison.aspects.map((aspect) => ({
          code: aspect.code,
          first: aspect.left && { ...aspectSide(aspect.left), score: left.scores.get(aspect.code) ?? null },
          second: aspect.right && { ...aspectSide(aspect.right), score: right.scores.get(aspect.code) ?? null },
          differences: aspect.differences.map(note),
        }))
      : // One cycle records no instrument: the other's aspects, with nothing to set beside them.
        ((left.instrument ?? right.instrument)?.aspects.map((aspect) => {
          const side = aspectSide({ ...aspect, indicators: aspect.indicators.length });
          return {
            code: aspect.code,
            first: left.instrument ? { ...side, score: left.scores.get(aspect.code) ?? null } : null,
            second: right.instrument ? { ...side, score: right.scores.get(aspect.code) ?? null } : null,
            differences: [],
          };
        }) ?? []);
    return {
      first: { ...left.compared, cycle: this.cycles.toModel(first) },
      second: { ...right.compared, cycle: this.cycles.toModel(second) },
      aspects,
      blendDiffers: comparison?.blendDiffers ?? false,
      surveyItemsAdded: comparison?.surveyItemsAdded ?? [],
      surveyItemsRemoved: comparison?.surveyItemsRemoved ?? [],
    };
  }
}

/** The instrument compared for a cycle (the unit's, or the cycle's first), its figures and aspect scores. */
function sideOf(cycle: CycleRow, figures: readonly Figures[], scores: readonly AspectScore[], forUnit: boolean) {
  const own = figures.filter((row) => row.cycleId === cycle.id);
  const instrumentId = forUnit ? (own[0]?.instrumentId ?? null) : (cycle.instrumentIds[0] ?? null);
  const instrument: Instrument | null = instrumentId && hasInstrument(instrumentId) ? getInstrument(instrumentId) : null;
  // Without an instrument the cycle's figures are read whole (they are published figures only).
  const counted = own.filter((row) => instrumentId === null || row.instrumentId === instrumentId);
  const total = (key: 'scored' | 'published') => counted.reduce((sum, row) => sum + Number(row[key]), 0);
  return {
    instrument,
    scores: new Map(
      scores.filter((row) => row.cycleId === cycle.id && row.instrumentId === instrumentId).map((row) => [row.code, Number(row.score)]),
    ),
    compared: {
      instrumentId: instrument ? instrumentId : null,
      ipp: meanOf(counted),
      scoredResults: total('scored'),
      publishedFigures: total('published'),
    },
  };
}

/** The mean IPP over the instruments' groups, weighted by their result counts (one group's is its own). */
function meanOf(groups: readonly Figures[]): number | null {
  const withIpp = groups.filter((row) => row.ipp !== null);
  const count = withIpp.reduce((sum, row) => sum + Number(row.scored) + Number(row.published), 0);
  if (!count) return null;
  const sum = withIpp.reduce((total, row) => total + Number(row.ipp) * (Number(row.scored) + Number(row.published)), 0);
  return Math.round((sum / count) * 100) / 100;
}

function aspectSide(side: { name: string; weight: string; indicators: number }): Omit<ComparedAspectSide, 'score'> {
  return { name: side.name, weight: Number(side.weight), indicators: side.indicators };
}

function note(difference: AspectDifference): AspectDifferenceNote {
  switch (difference.kind) {
    case 'ONLY_LEFT':
      return { kind: AspectDifferenceKind.ONLY_FIRST, cycle: null, indicatorCodes: [] };
    case 'ONLY_RIGHT':
      return { kind: AspectDifferenceKind.ONLY_SECOND, cycle: null, indicatorCodes: [] };
    case 'PROVISIONAL':
      return { kind: AspectDifferenceKind.PROVISIONAL, cycle: difference.side === 'left' ? 1 : 2, indicatorCodes: [] };
    case 'NAME':
    case 'WEIGHT':
      return { kind: AspectDifferenceKind[difference.kind], cycle: null, indicatorCodes: [] };
    default:
      return { kind: AspectDifferenceKind[difference.kind], cycle: null, indicatorCodes: difference.codes };
  }
}

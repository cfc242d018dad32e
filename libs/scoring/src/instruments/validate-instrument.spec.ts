import { smallInstrument } from '../testing/small-instrument.fixture';
import { getInstrument } from './registry';
import { validateInstrument } from './validate-instrument';

describe('validateInstrument', () => {
  it('accepts thirds that sum to exactly 100', () => {
    expect(validateInstrument(smallInstrument([{ weight: '100', indicators: ['100/3', '100/3', '100/3'] }])).valid).toBe(true);
  });

  it('reports aspect weights that do not sum to 100', () => {
    const result = validateInstrument(
      smallInstrument([
        { weight: '60', indicators: ['100'] },
        { weight: '30', indicators: ['100'] },
      ]),
    );
    expect(result.problems).toEqual([expect.objectContaining({ path: 'aspects', code: 'WEIGHT_SUM' })]);
  });

  it('reports indicator weights inside an aspect that do not sum to 100, even by a float hair', () => {
    const result = validateInstrument(smallInstrument([{ weight: '100', indicators: ['33.33', '33.33', '33.33'] }]));
    expect(result.problems).toEqual([expect.objectContaining({ path: 'aspects.a.indicators', code: 'WEIGHT_SUM' })]);
  });

  it('reports duplicate indicator codes and a blend that does not sum to 1', () => {
    const base = getInstrument('pekppp-2024-a');
    const broken = {
      ...base,
      blend: { evaluator: '0.7', user: '0.25' },
      aspects: base.aspects.map((aspect, i) =>
        i === 1
          ? { ...aspect, indicators: aspect.indicators.map((indicator, j) => (j === 1 ? { ...indicator, code: '10.b.As' } : indicator)) }
          : aspect,
      ),
    };
    const codes = validateInstrument(broken).problems.map((problem) => `${problem.path}:${problem.code}`);
    expect(codes).toEqual(['indicators:DUPLICATE_CODE', 'blend:WEIGHT_SUM']);
  });

  it('reports a weight that is not a number', () => {
    expect(validateInstrument(smallInstrument([{ weight: 'seratus', indicators: ['100'] }])).problems[0]).toMatchObject({
      code: 'INVALID_WEIGHT',
      path: 'aspects.a.weight',
    });
  });
});

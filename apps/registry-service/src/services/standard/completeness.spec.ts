import { completenessOf, standardValues } from './completeness';
import { STANDARD_COMPONENTS, StandardComponent, type StoredStandard } from './standard-component';

function full(published: boolean): StoredStandard {
  return Object.fromEntries(STANDARD_COMPONENTS.map(({ component }) => [component, { content: `Isi ${component}`, published }]));
}

describe('Standar Pelayanan completeness', () => {
  it('an empty standard misses all 14 components, in legal order', () => {
    const result = completenessOf({});
    expect(result).toMatchObject({ complete: false, filled: 0, total: 14, deliveryReady: false, unpublished: [] });
    expect(result.missing).toEqual(STANDARD_COMPONENTS.map((definition) => definition.component));
  });

  it('all 14 filled and delivery published is complete and delivery-ready', () => {
    expect(completenessOf(full(true))).toEqual({
      complete: true,
      missing: [],
      unpublished: [],
      deliveryReady: true,
      filled: 14,
      total: 14,
    });
  });

  it('filled but unpublished delivery components are listed as unpublished, not missing', () => {
    const result = completenessOf(full(false));
    expect(result.missing).toEqual([]);
    expect(result.unpublished).toEqual(STANDARD_COMPONENTS.filter((d) => d.delivery).map((d) => d.component));
    expect(result.complete).toBe(false);
    expect(result.deliveryReady).toBe(false);
  });

  it('blank content counts as missing and cannot be published', () => {
    const stored = { ...full(true), [StandardComponent.FEE]: { content: '   ', published: true } };
    const result = completenessOf(stored);
    expect(result.missing).toEqual([StandardComponent.FEE]);
    expect(result.deliveryReady).toBe(false);
    expect(standardValues(stored).find((value) => value.component === StandardComponent.FEE)).toMatchObject({
      content: null,
      published: false,
    });
  });

  it('management components never count as published', () => {
    const values = standardValues(full(true));
    expect(values).toHaveLength(14);
    expect(values.filter((value) => value.published)).toHaveLength(6);
  });
});

import { ippCategory } from './ipp-category';

describe('IPP categories (docs/domain.md §4.5)', () => {
  it.each([
    [4.02, 'A-', 'Sangat Baik'],
    [3.23, 'B-', 'Baik dengan Catatan'],
    [2.58, 'C', 'Cukup'],
    [2.09, 'C-', 'Cukup dengan Catatan'],
    [4.0, 'B', 'Baik'],
    [3.14, 'B-', 'Baik dengan Catatan'],
    [4.76, 'A', 'Pelayanan Prima'],
  ])('published figure %p is %s (%s)', (value, code, label) => expect(ippCategory(value)).toMatchObject({ code, label }));

  it.each([
    [5.0, 'A'],
    [4.51, 'A'],
    [4.5, 'A-'],
    [4.01, 'A-'],
    [4.0, 'B'],
    [3.51, 'B'],
    [3.5, 'B-'],
    [3.01, 'B-'],
    [3.0, 'C'],
    [2.51, 'C'],
    [2.5, 'C-'],
    [2.01, 'C-'],
    [2.0, 'D'],
    [1.51, 'D'],
    [1.5, 'E'],
    [1.01, 'E'],
    [1.0, 'F'],
    [0, 'F'],
  ])('boundary %p is %s', (value, code) => expect(ippCategory(value).code).toBe(code));

  it.each([
    [4.505, 'A'],
    [4.5049, 'A-'],
    [3.005, 'B-'],
    [3.0049999, 'C'],
    [1.005, 'E'],
    [5.004, 'A'],
  ])('rounds half up on the decimal value first: %p is %s', (value, code) => expect(ippCategory(value).code).toBe(code));

  it.each([5.005, -0.01, Number.NaN])('refuses %p, outside 0.00–5.00', (value) => {
    expect(() => ippCategory(value)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'value' }));
  });
});

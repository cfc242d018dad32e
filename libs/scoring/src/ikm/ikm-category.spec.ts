import { ikmCategory } from './ikm-category';

describe('IKM categories (PermenPANRB 14/2017)', () => {
  it.each([
    [100, 'A', 'Sangat Baik'],
    [88.31, 'A', 'Sangat Baik'],
    [88.3, 'B', 'Baik'],
    [76.61, 'B', 'Baik'],
    [76.6, 'C', 'Kurang Baik'],
    [65.0, 'C', 'Kurang Baik'],
    [64.99, 'D', 'Tidak Baik'],
    [25, 'D', 'Tidak Baik'],
  ])('boundary %p is %s (%s)', (value, code, label) => expect(ikmCategory(value)).toMatchObject({ code, label }));

  it.each([
    [88.305, 'A'],
    [88.3049, 'B'],
    [76.605, 'B'],
    [64.995, 'C'],
    [64.9949, 'D'],
  ])('rounds half up first: %p is %s', (value, code) => expect(ikmCategory(value).code).toBe(code));

  it.each([24.99, 100.01])('refuses %p, outside 25–100', (value) => expect(() => ikmCategory(value)).toThrow(/outside 25.00–100.00/));
});

import { DELIVERY_COMPONENT_CODES, isDeliveryComponent, STANDARD_COMPONENT_CODES, STANDARD_COMPONENTS } from './standard-component';

describe('Standar Pelayanan components', () => {
  it('are fourteen, in the order of the codes', () => {
    expect(STANDARD_COMPONENTS.map((c) => c.component)).toEqual([...STANDARD_COMPONENT_CODES]);
    expect(STANDARD_COMPONENTS).toHaveLength(14);
  });

  it('have six service-delivery components, listed first', () => {
    expect(DELIVERY_COMPONENT_CODES).toEqual(['REQUIREMENTS', 'PROCEDURE', 'DURATION', 'FEE', 'PRODUCT', 'COMPLAINT_HANDLING']);
  });

  it.each([
    ['FEE', true],
    ['LEGAL_BASIS', false],
    ['NOT_A_COMPONENT', false],
  ])('%s is a delivery component: %s', (code, expected) => {
    expect(isDeliveryComponent(code)).toBe(expected);
  });

  it('have distinct import columns and labels in both languages', () => {
    expect(new Set(STANDARD_COMPONENTS.map((c) => c.column)).size).toBe(14);
    for (const c of STANDARD_COMPONENTS) expect(c.label.id && c.label.en).toBeTruthy();
  });
});

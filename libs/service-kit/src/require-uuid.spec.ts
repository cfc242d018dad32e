import { requireUuid } from './require-uuid';

describe('requireUuid', () => {
  it('gives a well-formed id back lower-cased', () => {
    expect(requireUuid('0190F0A2-0000-7000-8000-00000000000A', 'id')).toBe('0190f0a2-0000-7000-8000-00000000000a');
  });

  it.each(['', 'nope', '0190f0a2-0000-7000-8000-00000000000'])('refuses %p as BAD_USER_INPUT on the field', (value) => {
    let refusal: unknown = null;
    try {
      requireUuid(value, 'input.deskId');
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toMatchObject({
      code: 'BAD_USER_INPUT',
      messages: { en: 'input.deskId is not a valid id.', id: 'input.deskId bukan ID yang valid.' },
    });
  });
});

import { ADMIN_MESSAGES } from '../admin/admin-messages';
import { BASE_MESSAGES } from '../messages';
import { PLUGIN_MESSAGES } from './plugin-messages';

describe('desk plugin texts', () => {
  it('overwrite no registry or administration text', () => {
    const taken = new Set([...Object.keys(BASE_MESSAGES.id), ...Object.keys(ADMIN_MESSAGES.id)]);
    expect(Object.keys(PLUGIN_MESSAGES.id).filter((key) => taken.has(key))).toEqual([]);
  });
});

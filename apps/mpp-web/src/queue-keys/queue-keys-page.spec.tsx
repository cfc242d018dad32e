import { expectAccessible, expectNoInternalCodes } from '@simpul/ui/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DESK, MALL_ID, OTHER_OPERATOR, expectNoMissingTexts, gqlError, renderMpp, unexpected } from '../testing/render-mpp';
import { reply } from '../testing/reply';
import { MPP_QUEUE_KEYS_MESSAGES } from './queue-keys-messages';
import type { QueueKey } from './queue-keys.operations';

const PATH = `/mpp/malls/${MALL_ID}/queue-keys`;
const KEY: QueueKey = { id: 'k1', name: 'Antrean lantai 1', hint: 'x9Qz', createdAt: '2026-12-01T02:00:00Z', revokedAt: null };

/** A fake SKM service holding `keys`; creating adds one, revoking marks it. */
function network(keys: QueueKey[], overrides: { create?: () => unknown; list?: () => unknown } = {}) {
  return (operation: string, variables: Record<string, unknown>) => {
    if (operation === 'MppQueueKeys') return overrides.list?.() ?? reply('MppQueueKeys', { skmQueueKeys: [...keys] });
    if (operation === 'MppCreateQueueKey') {
      if (overrides.create) return overrides.create();
      const key = {
        id: `k${keys.length + 1}`,
        name: String(variables.name),
        hint: 'AbCd',
        createdAt: '2026-12-07T03:00:00Z',
        revokedAt: null,
      };
      keys.unshift(key);
      return reply('MppCreateQueueKey', { createSkmQueueKey: { secret: 'sqk_secret-shown-once-AbCd', key } });
    }
    if (operation === 'MppRevokeQueueKey') {
      const key = keys.find((k) => k.id === variables.id)!;
      key.revokedAt = '2026-12-07T04:00:00Z';
      return reply('MppRevokeQueueKey', { revokeSkmQueueKey: { id: key.id, revokedAt: key.revokedAt } });
    }
    return unexpected(operation);
  };
}

describe("a mall's queue-system keys", () => {
  it('starts empty, creates a key whose secret is shown once, and lists it by name and last characters', async () => {
    const keys: QueueKey[] = [];
    renderMpp(PATH, network(keys));
    expect(await screen.findByRole('heading', { name: 'Belum ada kunci antrean' })).toBeTruthy();
    expect(screen.getByText(/\/skm-api\/queue\/tickets-served$/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Kunci antrean' }).getAttribute('aria-current')).toBe('page');
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: /Nama kunci/ }), 'Antrean lantai 2');
    await user.click(screen.getByRole('button', { name: 'Buat kunci' }));
    const created = await screen.findByText('Kunci "Antrean lantai 2" sudah dibuat');
    expect(created).toBeTruthy();
    expect(screen.getByTestId('queue-key-secret').textContent).toBe('sqk_secret-shown-once-AbCd');
    const row = await screen.findByRole('row', { name: /Antrean lantai 2/ });
    expect(within(row).getByText('…AbCd')).toBeTruthy();
    expect(within(row).getByText('Berlaku')).toBeTruthy();
    expectNoMissingTexts();
    expectNoInternalCodes();
    await expectAccessible();
  });

  it('asks before revoking, then shows the key as revoked, with nothing left to revoke', async () => {
    const keys = [{ ...KEY }];
    renderMpp(PATH, network(keys));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Cabut kunci Antrean lantai 1' }));
    expect(screen.getByText(/Cabut kunci "Antrean lantai 1"\?/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Ya, cabut' }));
    expect(await screen.findByText('Kunci "Antrean lantai 1" sudah dicabut.')).toBeTruthy();
    await waitFor(() => expect(within(screen.getByRole('row', { name: /Antrean lantai 1/ })).getByText(/^Dicabut /)).toBeTruthy());
    expect(screen.queryByRole('button', { name: 'Cabut kunci Antrean lantai 1' })).toBeNull();
  });

  it('puts a refused name on its field, and an empty one is caught before sending', async () => {
    renderMpp(
      PATH,
      network([], { create: () => gqlError('BAD_USER_INPUT', 'name', 'Beri kunci nama 1 sampai 80 karakter.', 'Give the key a name.') }),
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Buat kunci' }));
    expect(await screen.findByRole('link', { name: 'Isi nama kunci.' })).toBeTruthy();
    await user.type(screen.getByRole('textbox', { name: /Nama kunci/ }), 'x');
    await user.click(screen.getByRole('button', { name: 'Buat kunci' }));
    expect((await screen.findByRole('link', { name: 'Beri kunci nama 1 sampai 80 karakter.' })).getAttribute('href')).toBe(
      '#queue-key-name',
    );
  });

  it("refuses another mall's operator and a unit desk without asking the service", async () => {
    for (const user of [OTHER_OPERATOR, DESK]) {
      const { unmount } = renderMpp(PATH, network([], { list: () => unexpected('MppQueueKeys') }), { user });
      expect(await screen.findByText('Hanya operator MPP ini atau admin nasional yang dapat melakukan ini.')).toBeTruthy();
      unmount();
    }
  });

  it('shows the English words when switched', async () => {
    renderMpp(PATH, network([{ ...KEY }]), { language: 'en' });
    expect(await screen.findByRole('heading', { name: 'Queue system keys' })).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Revoke key Antrean lantai 1' })).toBeTruthy();
  });

  it('has the same keys in both languages', () => {
    expect(Object.keys(MPP_QUEUE_KEYS_MESSAGES.en).sort()).toEqual(Object.keys(MPP_QUEUE_KEYS_MESSAGES.id).sort());
  });
});

import { Checkbox, Stack, Table, Text, TextInput } from '@mantine/core';
import { CategoryBadge } from '@simpul/ui';
import { useLanguage, useMutation, useT } from '@simpul/web-kit';
import { useState } from 'react';
import { KIPP } from '../messages';
import { ReasonForm } from '../shared/reason-form';
import { RECORD_ADMIN_CHECK, type AdminProposal } from './admin.operations';

type Item = { passed: boolean; note: string };

/** Pass only when every item is met: the verdict is shown before the admin sends it. */
export function checkVerdict(items: Record<string, Item>, codes: string[]): boolean {
  return codes.every((code) => items[code]?.passed);
}

/** The administrative selection checklist: each item met or not with a note, then the reason. */
export function AdminCheckForm({
  proposal,
  checklist,
  onRecorded,
}: {
  proposal: AdminProposal;
  checklist: { code: string; label: string; labelEn: string }[];
  onRecorded: () => void;
}) {
  const t = useT(KIPP);
  const [language] = useLanguage();
  const [record] = useMutation(RECORD_ADMIN_CHECK);
  const previous = proposal.administrativeCheck?.checklist ?? [];
  const [items, setItems] = useState<Record<string, Item>>(() =>
    Object.fromEntries(
      checklist.map((item) => {
        const earlier = previous.find((p) => p.code === item.code);
        return [item.code, { passed: earlier?.passed ?? false, note: earlier?.note ?? '' }];
      }),
    ),
  );
  const passes = checkVerdict(
    items,
    checklist.map((item) => item.code),
  );
  return (
    <ReasonForm
      id="admin-check"
      label={t('adminCheck.reason')}
      hint={t('adminCheck.reasonHint')}
      submitLabel={t('adminCheck.record')}
      done={t('adminCheck.recorded')}
      onSubmit={async (reason) => {
        const result = await record({
          input: {
            proposalId: proposal.id,
            reason,
            checklist: checklist.map((item) => ({
              code: item.code,
              passed: items[item.code].passed,
              note: items[item.code].note.trim() || null,
            })),
          },
        });
        if (result.errors) return result.errors;
        onRecorded();
        return null;
      }}
    >
      <Table>
        <caption style={{ captionSide: 'top', textAlign: 'left', fontWeight: 600 }}>{t('adminCheck.caption')}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('adminCheck.item')}</Table.Th>
            <Table.Th scope="col">{t('adminCheck.note')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {checklist.map((item) => (
            <Table.Tr key={item.code}>
              <Table.Td>
                <Checkbox
                  id={`check-${item.code}`}
                  label={language === 'en' ? item.labelEn : item.label}
                  checked={items[item.code].passed}
                  onChange={(e) => {
                    const passed = e.currentTarget.checked;
                    setItems((all) => ({ ...all, [item.code]: { ...all[item.code], passed } }));
                  }}
                />
              </Table.Td>
              <Table.Td>
                <TextInput
                  aria-label={t('adminCheck.noteFor', { item: language === 'en' ? item.labelEn : item.label })}
                  value={items[item.code].note}
                  onChange={(e) => {
                    const note = e.currentTarget.value;
                    setItems((all) => ({ ...all, [item.code]: { ...all[item.code], note } }));
                  }}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Stack gap={4} align="flex-start" aria-live="polite">
        <Text size="sm">{t('adminCheck.verdictLabel')}</Text>
        <CategoryBadge tone={passes ? 'success' : 'danger'} label={t(passes ? 'adminCheck.willPass' : 'adminCheck.willFail')} />
      </Stack>
    </ReasonForm>
  );
}

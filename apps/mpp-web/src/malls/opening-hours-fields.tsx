import { Checkbox, Table, TextInput } from '@mantine/core';
import { useT } from '@simpul/web-kit';
import { MPP } from '../messages';
import { hoursFieldId, type HoursRow } from './opening-hours-values';

/**
 * The week as seven rows: a checkbox says the mall opens that day, two time inputs say when. Each
 * input is named with its day ("Jam buka hari Senin") so it makes sense out of the table too.
 */
export function OpeningHoursFields({
  rows,
  errors,
  onChange,
}: {
  rows: HoursRow[];
  errors: Record<string, string>;
  onChange: (rows: HoursRow[]) => void;
}) {
  const t = useT(MPP);
  const update = (index: number, patch: Partial<HoursRow>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <Table maw={640}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('col.weekday')}</Table.Th>
          <Table.Th scope="col">{t('hours.opensAt')}</Table.Th>
          <Table.Th scope="col">{t('hours.closesAt')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row, index) => (
          <Table.Tr key={row.weekday}>
            <Table.Th scope="row">
              <Checkbox
                id={`hours-${row.weekday}-open`}
                label={t('hours.openOn', { day: t(`weekday.${row.weekday}`) })}
                checked={row.open}
                onChange={(event) => update(index, { open: event.currentTarget.checked })}
              />
            </Table.Th>
            {(['opensAt', 'closesAt'] as const).map((part) => (
              <Table.Td key={part}>
                <TextInput
                  id={hoursFieldId(row.weekday, part)}
                  type="time"
                  aria-label={t(`hours.${part}Of`, { day: t(`weekday.${row.weekday}`) })}
                  disabled={!row.open}
                  value={row[part]}
                  error={errors[hoursFieldId(row.weekday, part)] || undefined}
                  onChange={(event) => update(index, { [part]: event.currentTarget.value })}
                />
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

import { Table } from '@mantine/core';
import { useT } from '@simpul/web-kit';
import { MPP } from '../messages';
import { WEEKDAYS } from '../shared/enums';
import type { OpeningHours } from './mall.operations';

/** Opening hours per weekday; a day not listed is closed, and says so. */
export function OpeningHoursTable({ hours, caption }: { hours: OpeningHours[]; caption: string }) {
  const t = useT(MPP);
  return (
    <Table maw={420} striped>
      <caption style={{ captionSide: 'top', textAlign: 'left', fontWeight: 600 }}>{caption}</caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('col.weekday')}</Table.Th>
          <Table.Th scope="col">{t('col.hours')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {WEEKDAYS.map((day) => {
          const slot = hours.find((h) => h.weekday === day);
          return (
            <Table.Tr key={day}>
              <Table.Th scope="row" fw={500}>
                {t(`weekday.${day}`)}
              </Table.Th>
              <Table.Td>{slot ? `${slot.opensAt}–${slot.closesAt}` : t('hours.closed')}</Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

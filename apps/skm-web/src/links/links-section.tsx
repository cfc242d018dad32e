import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { ErrorSummary, TextField } from '@simpul/ui';
import { useFormat, useMutation, useQuery, useT } from '@simpul/web-kit';
import { useRef, useState, type FormEvent } from 'react';
import { SKM } from '../messages';
import { ISSUE_LINKS, LINK_USAGE, type IssuedLink } from '../surveys/survey.operations';
import { linksCsv } from './links-csv';

const FIELD_ID = 'skm-links-count';

// Printing the list prints only the list.
const PRINT_CSS = `@media print {
  body *:not(:has(.skm-links-print)):not(.skm-links-print):not(.skm-links-print *) { display: none !important; }
  .skm-links-print .skm-no-print { display: none !important; }
}`;

/** One-time links: how many, then the new links as a list to print or download; the counts refresh at once. */
export function LinksSection({ surveyId, title }: { surveyId: string; title: string }) {
  const t = useT(SKM);
  const format = useFormat();
  const query = useQuery(LINK_USAGE, { id: surveyId });
  const [issue, state] = useMutation(ISSUE_LINKS);
  const [count, setCount] = useState('10');
  const [error, setError] = useState<string | null>(null);
  const [issued, setIssued] = useState<IssuedLink[]>([]);
  const listRef = useRef<HTMLHeadingElement>(null);
  const usage = query.data?.skmSurvey.linkUsage ?? null;

  // Never rejects: the mutation resolves to the errors the form shows, so the form fires it without awaiting.
  async function submit(event: FormEvent) {
    event.preventDefault();
    const n = Number(count.trim());
    if (!/^\d+$/.test(count.trim()) || n < 1 || n > 100) return setError(t('links.countInvalid'));
    setError(null);
    const result = await issue({ surveyId, count: n });
    if (result.errors) return setError(result.errors.map((e) => e.message).join(' '));
    setIssued(result.data.issueSkmLinks);
    query.refetch();
    window.setTimeout(() => listRef.current?.focus(), 0);
  }

  function download() {
    const blob = new Blob([linksCsv(issued)], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = `tautan-skm-${title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')}.csv`;
    anchor.click();
    URL.revokeObjectURL(url);
  }

  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('links.title')}
      </Title>
      <Text>{t('links.hint')}</Text>
      {/* Counted once the answer is in: "0 links" before it would be a figure nobody measured. */}
      {usage ? (
        <Text data-testid="links-summary">
          {t('links.summary', { issued: format.number(usage.issued), used: format.number(usage.used) })}
        </Text>
      ) : (
        query.loading && <Text>{t('links.summaryCounting')}</Text>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <ErrorSummary errors={error ? [{ fieldId: FIELD_ID, message: error }] : []} />
        <Group align="flex-end">
          <TextField
            id={FIELD_ID}
            label={t('links.count')}
            inputMode="numeric"
            w={200}
            value={count}
            error={error ?? undefined}
            onChange={(e) => setCount(e.currentTarget.value)}
          />
          <Button type="submit" loading={state.loading}>
            {t('links.issue')}
          </Button>
        </Group>
      </form>
      {issued.length > 0 && (
        <Stack gap="xs" className="skm-links-print">
          <style>{PRINT_CSS}</style>
          <Title order={3} size="h4" ref={listRef} tabIndex={-1}>
            {t('links.issued', { count: format.number(issued.length) })}
          </Title>
          <Group className="skm-no-print">
            <Button variant="outline" onClick={download}>
              {t('links.download')}
            </Button>
            <Button variant="outline" onClick={() => window.print()}>
              {t('links.print')}
            </Button>
          </Group>
          <Table withTableBorder striped>
            <caption style={{ textAlign: 'left' }}>{`${t('links.caption')} · ${title}`}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('links.number')}</Table.Th>
                <Table.Th>{t('links.url')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {issued.map((link, i) => (
                <Table.Tr key={link.token}>
                  <Table.Td>{format.number(i + 1)}</Table.Td>
                  <Table.Td ff="monospace" style={{ wordBreak: 'break-all' }}>
                    {link.url}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </Stack>
  );
}

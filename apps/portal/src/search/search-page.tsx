import { Alert, Anchor, Badge, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { EmptyState, ErrorPanel, LoadingState, PageHeader, useMorePages } from '@simpul/ui';
import { useFormat, useT } from '@simpul/web-kit';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { SearchHitKind, SiteSearchQuery } from '../__generated__/operations';
import { SEARCH, SEARCH_PATH } from './search-messages';
import { SITE_SEARCH } from './search-operations';

const PAGE_SIZE = 20;
/** The order groups are shown in (the server's too). */
const KIND_ORDER: SearchHitKind[] = ['SERVICE_UNIT', 'SERVICE', 'AGENCY', 'MALL', 'INNOVATION', 'PUBLISHED_RESULT', 'OMBUDSMAN_RESULT'];
const isKind = (value: string | null): value is SearchHitKind => value !== null && (KIND_ORDER as string[]).includes(value);

type Hit = SiteSearchQuery['search']['edges'][number]['node'];

export function searchHref(text: string, kind?: SearchHitKind | null): string {
  const params = new URLSearchParams({ q: text });
  if (kind) params.set('jenis', kind);
  return `${SEARCH_PATH}?${params.toString()}`;
}

function Results({ text, kind }: { text: string; kind: SearchHitKind | null }) {
  const t = useT(SEARCH);
  const format = useFormat();
  const pages = useMorePages(SITE_SEARCH, { text, first: PAGE_SIZE, kinds: kind ? [kind] : null }, (data) => data.search);
  const { items, hasMore, loadMore, loading, query } = pages;
  const latest = (query.data as SiteSearchQuery | undefined)?.search;
  const failed = query.errors?.map((error) => error.message).join(' ');

  if (failed && items.length === 0) return <ErrorPanel title={t('error')} message={failed} onRetry={query.refetch} />;
  if (!latest && items.length === 0) return <LoadingState label={t('loading')} />;
  const facets = latest?.facets ?? [];
  const all = facets.reduce((sum, facet) => sum + facet.count, 0);
  const total = latest?.totalCount ?? items.length;

  const groups = KIND_ORDER.map((groupKind) => ({ kind: groupKind, hits: items.filter((hit: Hit) => hit.kind === groupKind) })).filter(
    (group) => group.hits.length > 0,
  );
  const countOf = (groupKind: SearchHitKind) => facets.find((facet) => facet.kind === groupKind)?.count ?? 0;

  return (
    <Stack gap="md">
      {latest?.correctedText && (
        <Alert color="blue" role="status">
          {t('corrected', { text: latest.correctedText })}
        </Alert>
      )}
      {all > 0 && (
        <nav aria-label={t('filters')}>
          <Group component="ul" gap="xs" style={{ listStyle: 'none', margin: 0, padding: 0 }} wrap="wrap">
            <li>
              <Button
                component={Link}
                to={searchHref(text)}
                size="compact-sm"
                variant={kind ? 'default' : 'filled'}
                aria-current={kind ? undefined : 'page'}
              >
                {t('all')} ({format.number(all)})
              </Button>
            </li>
            {KIND_ORDER.filter((facetKind) => countOf(facetKind) > 0).map((facetKind) => (
              <li key={facetKind}>
                <Button
                  component={Link}
                  to={searchHref(text, facetKind)}
                  size="compact-sm"
                  variant={kind === facetKind ? 'filled' : 'default'}
                  aria-current={kind === facetKind ? 'page' : undefined}
                >
                  {t(`kind.${facetKind}`)} ({format.number(countOf(facetKind))})
                </Button>
              </li>
            ))}
          </Group>
        </nav>
      )}
      {items.length === 0 ? (
        <EmptyState title={t('none', { text })}>{t('noneHelp')}</EmptyState>
      ) : (
        <>
          <Text size="sm" c="dimmed" role="status">
            {t('shown', { shown: format.number(items.length), total: format.number(total) })}
          </Text>
          {groups.map((group) => (
            <section key={group.kind} aria-labelledby={`search-group-${group.kind}`}>
              <Group gap="xs" align="center" mb="xs">
                <Title order={2} size="h4" id={`search-group-${group.kind}`}>
                  {t(`kind.${group.kind}`)}
                </Title>
                <Badge variant="light" color="gray">
                  {t('total', { count: format.number(countOf(group.kind)) })}
                </Badge>
              </Group>
              <Stack component="ul" gap="xs" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                {group.hits.map((hit) => (
                  <li key={`${hit.kind}-${hit.id}`}>
                    <Anchor component={Link} to={hit.url} fw={600}>
                      {hit.title}
                    </Anchor>
                    {hit.subtitle && (
                      <Text size="sm" c="dimmed">
                        {hit.subtitle}
                      </Text>
                    )}
                  </li>
                ))}
              </Stack>
            </section>
          ))}
          {failed && <ErrorPanel title={t('error')} message={failed} onRetry={query.refetch} />}
          {hasMore && !failed && (
            <Group>
              <Button variant="default" loading={loading} onClick={loadMore}>
                {t('more')}
              </Button>
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}

/** `/cari?q=…&jenis=…`, public: hits of every module, grouped by kind with their counts, a page at a time. */
export function SearchPage() {
  const t = useT(SEARCH);
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const text = (params.get('q') ?? '').trim();
  const jenis = params.get('jenis');
  const kind = isKind(jenis) ? jenis : null;
  const [draft, setDraft] = useState(text);
  useEffect(() => setDraft(text), [text]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.trim()) void navigate(searchHref(draft.trim(), kind));
  };

  return (
    <Stack gap="md">
      <PageHeader title={text ? t('titleFor', { text }) : t('title')} breadcrumbs={[{ label: 'Simpul', to: '/' }, { label: t('crumb') }]} />
      <form role="search" aria-label={t('title')} onSubmit={submit}>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            label={t('field')}
            description={t('fieldHelp')}
            value={draft}
            onChange={(event) => setDraft(event.currentTarget.value)}
            maxLength={200}
            type="search"
            w={{ base: '100%', sm: 420 }}
          />
          <Button type="submit">{t('submit')}</Button>
        </Group>
      </form>
      {text ? <Results text={text} kind={kind} /> : <Text>{t('prompt')}</Text>}
    </Stack>
  );
}

import { Anchor, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { EmptyState, PageHeader, QueryView } from '@simpul/ui';
import { formatDateTime, useBasePath, useLanguage, useQuery, useSession, useT } from '@simpul/web-kit';
import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { REGISTRY } from '../messages';
import { mayReviewPlugins } from './plugin-access';
import { pluginCrumbs } from './plugin-crumbs';
import { PluginFingerprint } from './plugin-fingerprint';
import { PluginGate } from './plugin-gate';
import { PluginHistory } from './plugin-history';
import { PluginReview } from './plugin-review';
import { PluginStatusBadge } from './plugin-status-badge';
import { DESK_PLUGIN, type DeskPluginDetail } from './plugin.operations';

function Detail({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" fw={700} size="sm">
        {term}
      </Text>
      <Text component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

/** One plugin: everything submitted, its status, the history of decisions, and the admin's review. */
export function PluginPage() {
  const t = useT(REGISTRY);
  const to = useBasePath();
  const { pluginId = '' } = useParams();
  const query = useQuery(DESK_PLUGIN, { id: pluginId });
  const title = t('plugins.title');
  return (
    <PluginGate title={title} breadcrumbs={pluginCrumbs(to, t)} signInMessage={t('plugins.signIn')}>
      <QueryView query={query}>
        {({ deskPlugin }) =>
          deskPlugin ? (
            <PluginDetails key={deskPlugin.id} loaded={deskPlugin} />
          ) : (
            <>
              <PageHeader title={t('plugins.detail.notFound')} breadcrumbs={pluginCrumbs(to, t, { label: t('plugins.detail.notFound') })} />
              <EmptyState title={t('plugins.detail.notFound')}>{t('plugins.detail.notFoundHelp')}</EmptyState>
            </>
          )
        }
      </QueryView>
    </PluginGate>
  );
}

function PluginDetails({ loaded }: { loaded: DeskPluginDetail }) {
  const t = useT(REGISTRY);
  const to = useBasePath();
  const [language] = useLanguage();
  const { user } = useSession();
  // A decision returns the plugin as it now is: shown at once, history included.
  const [plugin, setPlugin] = useState(loaded);
  const name = plugin.name[language];
  return (
    <>
      <PageHeader
        title={name}
        breadcrumbs={pluginCrumbs(to, t, { label: name })}
        description={<PluginStatusBadge status={plugin.status} />}
      />
      <Stack gap="xl">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Paper withBorder p="lg" component="section" aria-labelledby="plugin-about">
            <Title order={2} size="h3" id="plugin-about" mb="sm">
              {t('plugins.detail.about')}
            </Title>
            <Stack component="dl" gap="sm" m={0}>
              <Detail term={t('plugins.detail.nameId')}>
                <span lang="id">{plugin.name.id}</span>
              </Detail>
              <Detail term={t('plugins.detail.nameEn')}>
                <span lang="en">{plugin.name.en}</span>
              </Detail>
              <Detail term={t('plugins.col.agency')}>
                <Anchor component={Link} to={to(`/agencies/${plugin.agency.id}`)}>
                  {plugin.agency.name}
                </Anchor>
              </Detail>
              <Detail term={t('plugins.col.status')}>
                <PluginStatusBadge status={plugin.status} />
              </Detail>
              <Detail term={t('plugins.form.version')}>{plugin.version}</Detail>
              <Detail term={t('plugins.form.entryUrl')}>
                <Text span ff="monospace">
                  {plugin.entryUrl}
                </Text>
              </Detail>
              <Detail term={t('plugins.form.exposedModule')}>
                <Text span ff="monospace">
                  {plugin.exposedModule}
                </Text>
              </Detail>
              <Detail term={t('plugins.form.sha256')}>
                <Text span ff="monospace">
                  {plugin.sha256}
                </Text>
              </Detail>
              <Detail term={t('plugins.detail.integrity')}>
                <PluginFingerprint integrity={plugin.integrity} />
                <Text span size="sm" c="dimmed" display="block">
                  {t('plugins.detail.integrityHint')}
                </Text>
              </Detail>
              <Detail term={t('plugins.detail.submittedBy')}>{plugin.submittedByName ?? t('plugins.detail.unknownPerson')}</Detail>
              <Detail term={t('plugins.detail.submittedAt')}>{formatDateTime(plugin.submittedAt, language)}</Detail>
            </Stack>
          </Paper>
          <Stack gap="lg">
            <Paper withBorder p="lg" component="section" aria-labelledby="plugin-pages">
              <Title order={2} size="h3" id="plugin-pages" mb="sm">
                {t('plugins.form.pages')}
              </Title>
              <List>
                {plugin.pages.map((page) => (
                  <List.Item key={page}>{t(`plugins.page.${page}`)}</List.Item>
                ))}
              </List>
            </Paper>
            <Paper withBorder p="lg" component="section" aria-labelledby="plugin-scopes">
              <Title order={2} size="h3" id="plugin-scopes" mb="sm">
                {t('plugins.form.scopes')}
              </Title>
              {plugin.scopes.length === 0 ? (
                <Text>{t('plugins.noScopes')}</Text>
              ) : (
                <List spacing="xs">
                  {plugin.scopes.map((scope) => (
                    <List.Item key={scope}>
                      <Text fw={600}>{t(`plugins.scope.${scope}`)}</Text>
                      <Text size="sm">{t(`plugins.scopeHint.${scope}`)}</Text>
                    </List.Item>
                  ))}
                </List>
              )}
              <Text size="sm" mt="sm">
                {t('plugins.scopesNothingElse')}
              </Text>
            </Paper>
            {mayReviewPlugins(user) && <PluginReview plugin={plugin} onDecided={setPlugin} />}
          </Stack>
        </SimpleGrid>
        <PluginHistory events={plugin.history} />
      </Stack>
    </>
  );
}

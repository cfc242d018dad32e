import { Alert, Anchor, Stack, Table, Text } from '@mantine/core';
import { DocumentDate, EmptyState, PageHeader, QueryView, useRoleLabel } from '@simpul/ui';
import { formatDateTime, useLanguage, useQuery, useT } from '@simpul/web-kit';
import { Link, useParams } from 'react-router';
import { DOCUMENT_VERIFICATION } from './verification-operations';
import { VERIFICATION } from './verification-messages';

/** `/verifikasi/:code`, public: the QR on a printed report card opens this, showing the figures Simpul recorded when it was printed. */
export function VerificationPage() {
  const { code = '' } = useParams();
  const t = useT(VERIFICATION);
  const [language] = useLanguage();
  const roleLabel = useRoleLabel();
  const query = useQuery(DOCUMENT_VERIFICATION, { code });
  return (
    <Stack gap="md">
      <PageHeader title={t('title')} breadcrumbs={[{ label: 'Simpul', to: '/' }, { label: t('crumb') }]} />
      <QueryView query={query} errorTitle={t('unknownTitle')}>
        {({ documentVerification: document }) =>
          !document ? (
            <EmptyState title={t('unknownTitle')}>{t('unknown', { code })}</EmptyState>
          ) : (
            <Stack gap="md">
              <Alert color={document.valid ? 'green' : 'red'} title={document.valid ? t('valid') : t('revoked')} role="status">
                {t('intro')}
              </Alert>
              <Table withTableBorder variant="vertical" maw={760}>
                <Table.Tbody>
                  <Table.Tr>
                    <Table.Th w={200}>{t('code')}</Table.Th>
                    <Table.Td ff="monospace">{document.code}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t('kind')}</Table.Th>
                    <Table.Td>{t(`kind.${document.kind}`)}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t('documentTitle')}</Table.Th>
                    <Table.Td>{document.title}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t('issuedAt')}</Table.Th>
                    <Table.Td>
                      <DocumentDate value={document.issuedAt} /> ({formatDateTime(document.issuedAt, language)})
                    </Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t('issuer')}</Table.Th>
                    <Table.Td>{t('issuerValue', { name: document.issuer.name, role: roleLabel(document.issuer.role) })}</Table.Td>
                  </Table.Tr>
                </Table.Tbody>
              </Table>
              <Table withTableBorder striped maw={760}>
                <Table.Caption>{t('figuresCaption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('label')}</Table.Th>
                    <Table.Th>{t('value')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {document.figures.map((figure, index) => (
                    <Table.Tr key={`${index}-${figure.label}`}>
                      <Table.Td>{figure.label}</Table.Td>
                      <Table.Td fw={600}>{figure.value}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <Text size="sm">{t('note')}</Text>
              {document.sourcePath && (
                <Anchor component={Link} to={document.sourcePath}>
                  {t('source')}
                </Anchor>
              )}
            </Stack>
          )
        }
      </QueryView>
    </Stack>
  );
}

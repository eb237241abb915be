import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../app/format';
import { DataTable } from '../../app/lists/DataTable';
import { CallApplicationsDocument } from '../../generated/graphql';

/**
 * A call's applications the viewer may read: every submitted one for the managers of the
 * clusters that run or fund it, with eligibility; their own for applicants.
 */
export function CallApplicationsSection({ callId }: { callId: string }) {
  const { t } = useTranslation('application');
  const format = useFormat();
  const { data } = useQuery(CallApplicationsDocument, { variables: { callId } });
  const applications = data?.callApplications ?? [];
  if (!data) return null;
  return (
    <section aria-labelledby="call-applications" data-section="applications">
      <Title order={2} id="call-applications" size="h3" mb="xs">
        {t('list.title')}
      </Title>
      {applications.length === 0 ? (
        <Text size="sm">{t('list.empty')}</Text>
      ) : (
        <DataTable
          columns={[
            t('list.applicationTitle'),
            t('list.lead'),
            t('list.status'),
            t('page.submittedAt'),
            t('list.eligibility'),
          ]}
        >
          {applications.map((a) => {
            const failed = (a.failedRules ?? a.eligibility).length;
            return (
              <Table.Tr key={a.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/applications/${a.id}`}>
                    {a.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>{a.leadOrganization.name}</Table.Td>
                <Table.Td>
                  <Badge variant="light">{t(`statuses.${a.status}`)}</Badge>
                </Table.Td>
                <Table.Td>{format.dateTime(a.submittedAt)}</Table.Td>
                <Table.Td>
                  <Text size="sm" c={failed ? 'red.9' : 'teal.9'}>
                    {failed ? t('list.failed', { count: failed }) : t('list.ok')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </DataTable>
      )}
    </section>
  );
}

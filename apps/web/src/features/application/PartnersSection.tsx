import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Select, Table, TextInput, Title } from '@mantine/core';
import { fromMinorUnits, toMinorUnits } from '@spillover/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { useFormat } from '../../app/format';
import { DataTable } from '../../app/lists/DataTable';
import { useRowAction } from '../../app/lists/use-row-action';
import {
  InviteApplicationPartnerDocument,
  OrganizationChoicesDocument,
  RemoveApplicationPartnerDocument,
  type ApplicationDetailFragment,
} from '../../generated/graphql';

const STATUS_COLOR = { INVITED: 'gray', ACCEPTED: 'teal', DECLINED: 'red' } as const;

/** The lead and its partners with their answers and budgets; in a draft, invite and remove. */
export function PartnersSection({ application }: { application: ApplicationDetailFragment }) {
  const { t } = useTranslation(['application', 'organization']);
  const format = useFormat();
  const currency = application.call.currency ?? 'EUR';
  const editable = application.viewerActions.includes('edit');
  const [remove] = useMutation(RemoveApplicationPartnerDocument);
  const action = useRowAction();
  const money = (minor: number) => format.money(minor, currency);
  return (
    <section aria-labelledby="application-partners" data-section="partners">
      <Title order={2} id="application-partners" size="h3" mb="xs">
        {t('partners.title')}
      </Title>
      <ErrorAlert error={action.error} />
      <DataTable
        columns={[
          t('partners.organization'),
          t('partners.role'),
          t('partners.status'),
          t('partners.budget'),
          t('partners.contribution'),
          ...(editable ? [''] : []),
        ]}
      >
        <Table.Tr>
          <Table.Td>{application.leadOrganization.name}</Table.Td>
          <Table.Td>{t('partners.leadRole')}</Table.Td>
          <Table.Td>—</Table.Td>
          <Table.Td>{money(application.leadRequestedBudget)}</Table.Td>
          <Table.Td>{money(application.leadOwnContribution)}</Table.Td>
          {editable ? <Table.Td /> : null}
        </Table.Tr>
        {application.partners.map((partner) => (
          <Table.Tr key={partner.organization.id} data-partner={partner.organization.name}>
            <Table.Td>{partner.organization.name}</Table.Td>
            <Table.Td>{t(`organization:kinds.${partner.organization.kind}`)}</Table.Td>
            <Table.Td>
              <Badge color={STATUS_COLOR[partner.status]}>
                {t(`partnerStatuses.${partner.status}`)}
              </Badge>
            </Table.Td>
            <Table.Td>{money(partner.requestedBudget)}</Table.Td>
            <Table.Td>{money(partner.ownContribution)}</Table.Td>
            {editable ? (
              <Table.Td>
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  loading={action.busyId === partner.organization.id}
                  aria-label={`${t('partners.remove')}: ${partner.organization.name}`}
                  onClick={() =>
                    void action.run(
                      () =>
                        remove({
                          variables: {
                            applicationId: application.id,
                            organizationId: partner.organization.id,
                          },
                        }),
                      partner.organization.id,
                    )
                  }
                >
                  {t('partners.remove')}
                </Button>
              </Table.Td>
            ) : null}
          </Table.Tr>
        ))}
      </DataTable>
      {editable ? <InviteForm applicationId={application.id} currency={currency} /> : null}
    </section>
  );
}

function InviteForm({ applicationId, currency }: { applicationId: string; currency: string }) {
  const { t } = useTranslation('application');
  const [query, setQuery] = useState('');
  const [organizationId, setOrganizationId] = useState<string | null>(null);
  const [budget, setBudget] = useState(fromMinorUnits(0, currency));
  const [own, setOwn] = useState(fromMinorUnits(0, currency));
  const [invite, { loading }] = useMutation(InviteApplicationPartnerDocument);
  const action = useRowAction();
  const { data } = useQuery(OrganizationChoicesDocument, {
    variables: { query },
    skip: query.trim().length < 2,
  });
  const options = (data?.organizations.edges ?? []).map(({ node }) => ({
    value: node.id,
    label: `${node.name} (${node.country})`,
  }));
  return (
    <form
      aria-labelledby="invite-partner"
      onSubmit={(event) => {
        event.preventDefault();
        if (!organizationId) return;
        void action.run(async () => {
          await invite({
            variables: {
              applicationId,
              input: {
                organizationId,
                requestedBudget: toMinorUnits(budget || '0', currency, 'requestedBudget'),
                ownContribution: toMinorUnits(own || '0', currency, 'ownContribution'),
              },
            },
          });
          setOrganizationId(null);
          setQuery('');
        });
      }}
    >
      <Title order={3} size="h5" id="invite-partner" mt="md" mb="xs">
        {t('partners.invite')}
      </Title>
      <ErrorAlert error={action.error} />
      <Group align="flex-end">
        <Select
          label={t('partners.search')}
          placeholder={t('partners.searchHint')}
          searchable
          searchValue={query}
          onSearchChange={setQuery}
          data={options}
          value={organizationId}
          onChange={setOrganizationId}
          nothingFoundMessage={query.length >= 2 ? '—' : undefined}
        />
        <TextInput
          label={t('fields.requestedBudget', { currency })}
          value={budget}
          inputMode="decimal"
          onChange={(event) => setBudget(event.currentTarget.value)}
        />
        <TextInput
          label={t('fields.ownContribution', { currency })}
          value={own}
          inputMode="decimal"
          onChange={(event) => setOwn(event.currentTarget.value)}
        />
        <Button type="submit" loading={loading} disabled={!organizationId}>
          {t('partners.inviteButton')}
        </Button>
      </Group>
    </form>
  );
}

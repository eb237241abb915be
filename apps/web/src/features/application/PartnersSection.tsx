import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Select, Table, Title } from '@mantine/core';
import { budgetAmountSchema } from '@spillover/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { MoneyInput } from '../../app/forms/MoneyInput';
import { useFormat } from '../../app/format';
import { DataTable } from '../../app/lists/DataTable';
import { useRowAction } from '../../app/lists/use-row-action';
import {
  InviteApplicationPartnerDocument,
  OrganizationChoicesDocument,
  RemoveApplicationPartnerDocument,
  UpdateApplicationPartnerBudgetDocument,
  type ApplicationDetailFragment,
} from '../../generated/graphql';
import type { BudgetEdits } from './use-budget-edits';

const REQUESTED = budgetAmountSchema('The requested budget');
const OWN = budgetAmountSchema('The own contribution');

const STATUS_COLOR = { INVITED: 'gray', ACCEPTED: 'teal', DECLINED: 'red' } as const;

/**
 * The lead and its partners with their answers and budgets; in a draft the lead's members
 * change partners' budgets (the checklist follows each keystroke), invite and remove.
 */
export function PartnersSection({
  application,
  budgets,
}: {
  application: ApplicationDetailFragment;
  budgets: BudgetEdits;
}) {
  const { t } = useTranslation(['application', 'organization']);
  const format = useFormat();
  const currency = application.call.currency ?? 'EUR';
  const editable = application.viewerActions.includes('edit');
  const [remove] = useMutation(RemoveApplicationPartnerDocument);
  const [saveBudget] = useMutation(UpdateApplicationPartnerBudgetDocument);
  const action = useRowAction();
  const money = (minor: number | null) => (minor === null ? '—' : format.money(minor, currency));
  const lead = budgets.lineOf(application.leadOrganization.id);
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
          <Table.Td>{money(lead.requestedBudget)}</Table.Td>
          <Table.Td>{money(lead.ownContribution)}</Table.Td>
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
            {editable ? (
              <>
                <Table.Td>
                  <MoneyInput
                    aria-label={`${t('partners.budget')}: ${partner.organization.name}`}
                    field="requestedBudget"
                    currency={currency}
                    schema={REQUESTED}
                    size="xs"
                    value={budgets.lineOf(partner.organization.id).requestedBudget}
                    onChange={(minor) =>
                      budgets.change(partner.organization.id, { requestedBudget: minor })
                    }
                  />
                </Table.Td>
                <Table.Td>
                  <MoneyInput
                    aria-label={`${t('partners.contribution')}: ${partner.organization.name}`}
                    field="ownContribution"
                    currency={currency}
                    schema={OWN}
                    size="xs"
                    value={budgets.lineOf(partner.organization.id).ownContribution}
                    onChange={(minor) =>
                      budgets.change(partner.organization.id, { ownContribution: minor })
                    }
                  />
                </Table.Td>
              </>
            ) : (
              <>
                <Table.Td>{money(partner.requestedBudget)}</Table.Td>
                <Table.Td>{money(partner.ownContribution)}</Table.Td>
              </>
            )}
            {editable ? (
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  {budgets.dirty(partner.organization.id) ? (
                    <Button
                      size="xs"
                      variant="light"
                      loading={action.busyId === `budget:${partner.organization.id}`}
                      aria-label={`${t('partners.saveBudget')}: ${partner.organization.name}`}
                      onClick={() => {
                        const line = budgets.lineOf(partner.organization.id);
                        if (line.requestedBudget === null || line.ownContribution === null) return;
                        const input = {
                          organizationId: partner.organization.id,
                          requestedBudget: line.requestedBudget,
                          ownContribution: line.ownContribution,
                        };
                        void action.run(async () => {
                          await saveBudget({
                            variables: { applicationId: application.id, input },
                          });
                          budgets.forget(partner.organization.id);
                        }, `budget:${partner.organization.id}`);
                      }}
                    >
                      {t('partners.saveBudget')}
                    </Button>
                  ) : null}
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
                </Group>
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
  const [budget, setBudget] = useState<number | null>(0);
  const [own, setOwn] = useState<number | null>(0);
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
        if (!organizationId || budget === null || own === null) return;
        void action.run(async () => {
          await invite({
            variables: {
              applicationId,
              input: {
                organizationId,
                requestedBudget: budget,
                ownContribution: own,
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
        <MoneyInput
          label={t('fields.requestedBudget', { currency })}
          field="requestedBudget"
          currency={currency}
          schema={REQUESTED}
          value={budget}
          onChange={setBudget}
        />
        <MoneyInput
          label={t('fields.ownContribution', { currency })}
          field="ownContribution"
          currency={currency}
          schema={OWN}
          value={own}
          onChange={setOwn}
        />
        <Button type="submit" loading={loading} disabled={!organizationId}>
          {t('partners.inviteButton')}
        </Button>
      </Group>
    </form>
  );
}

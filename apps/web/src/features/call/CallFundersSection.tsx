import { useMutation } from '@apollo/client/react';
import { Button, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { callFunderSchema, type CallFunderInput, type CallFunderValues } from '@spillover/domain';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { MoneyField } from '../../app/forms/MoneyField';
import { useApiSubmit } from '../../app/forms/use-api-submit';
import { useDomainForm } from '../../app/forms/use-domain-form';
import { useFormat } from '../../app/format';
import { DataTable } from '../../app/lists/DataTable';
import { useRowAction } from '../../app/lists/use-row-action';
import { CurrencySelect } from '../../app/reference/CodeSelects';
import { useViewer } from '../../app/viewer';
import {
  AddCallFunderDocument,
  RemoveCallFunderDocument,
  type CallDetailFragment,
} from '../../generated/graphql';
import { useClusterName } from '../cluster/cluster-name';

interface CallFundersSectionProps {
  call: CallDetailFragment;
  place: (place: { country: string; region: string | null }) => string;
}

const SCOPES = ['MEMBERS', 'REGION', 'COUNTRY'] as const;

/** The funding clusters, in paying order; in a draft its managers add and remove them. */
export function CallFundersSection({ call, place }: CallFundersSectionProps) {
  const { t } = useTranslation('call');
  const format = useFormat();
  const clusterName = useClusterName();
  const editable = call.viewerCanManage && call.status === 'DRAFT';
  const [remove] = useMutation(RemoveCallFunderDocument);
  const removing = useRowAction();
  return (
    <section aria-labelledby="call-funders">
      <Title order={2} id="call-funders" size="h3" mb="xs">
        {t('page.funders')}
      </Title>
      {call.funders.length === 0 ? (
        <Text c="dimmed">{t('page.noFunders')}</Text>
      ) : (
        <DataTable
          columns={[
            t('page.funders'),
            t('page.funderBudget'),
            t('page.funderFunds'),
            t('page.funderCap'),
          ]}
          actionsLabel={editable ? t('actions.removeFunder') : undefined}
        >
          {call.funders.map((funder) => (
            <Table.Tr key={funder.cluster.id}>
              <Table.Td>
                <Text fw={500}>{clusterName(funder.cluster)}</Text>
                <Text size="sm" c="dimmed">
                  {place(funder.cluster)}
                </Text>
              </Table.Td>
              <Table.Td>{format.money(funder.budget, funder.currency)}</Table.Td>
              <Table.Td>{t(`scopes.${funder.funds}`)}</Table.Td>
              <Table.Td>
                {funder.maxPerProject != null && call.currency
                  ? format.money(funder.maxPerProject, call.currency)
                  : '—'}
              </Table.Td>
              {editable ? (
                <Table.Td>
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    aria-label={`${t('actions.removeFunder')}: ${clusterName(funder.cluster)}`}
                    loading={removing.busyId === funder.cluster.id}
                    onClick={() =>
                      void removing.run(
                        () =>
                          remove({ variables: { callId: call.id, clusterId: funder.cluster.id } }),
                        funder.cluster.id,
                      )
                    }
                  >
                    {t('actions.removeFunder')}
                  </Button>
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </DataTable>
      )}
      {removing.error ? <ErrorAlert error={removing.error} /> : null}
      {editable ? <AddFunderForm call={call} /> : null}
    </section>
  );
}

function AddFunderForm({ call }: { call: CallDetailFragment }) {
  const { t } = useTranslation('call');
  const clusterName = useClusterName();
  const { viewer } = useViewer();
  const [add] = useMutation(AddCallFunderDocument);
  // The policy: the call's own cluster, or another cluster this manager runs (partners later).
  const choices = new Map([
    [call.cluster.id, clusterName(call.cluster)],
    ...(viewer?.managedClusters ?? []).map((c) => [c.id, clusterName(c)] as const),
  ]);
  for (const funder of call.funders) choices.delete(funder.cluster.id);
  const form = useDomainForm<CallFunderInput, CallFunderValues>(callFunderSchema, {
    clusterId: '',
    budget: undefined as unknown as number,
    currency: call.currency ?? '',
    funds: 'COUNTRY',
    maxPerProject: null,
  });
  const currency = form.watch('currency');
  const { problems, onSubmit } = useApiSubmit(
    form,
    ['clusterId', 'budget', 'currency', 'funds', 'maxPerProject'],
    async (values) => {
      await add({
        variables: {
          callId: call.id,
          input: { ...values, maxPerProject: values.maxPerProject ?? null },
        },
      });
      form.reset();
    },
  );
  if (choices.size === 0) return null;
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="call-add-funder">
      <Stack mt="md" gap="sm">
        <Title order={3} id="call-add-funder" size="h4">
          {t('actions.addFunder')}
        </Title>
        <ErrorAlert problems={problems} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Controller
            control={form.control}
            name="clusterId"
            render={({ field, fieldState }) => (
              <Select
                label={t('actions.funderCluster')}
                required
                data={[...choices].map(([value, label]) => ({ value, label }))}
                value={field.value || null}
                onChange={(value) => field.onChange(value ?? '')}
                error={fieldState.error?.message}
              />
            )}
          />
          <Controller
            control={form.control}
            name="funds"
            render={({ field }) => (
              <Select
                label={t('actions.funderFunds')}
                required
                allowDeselect={false}
                data={SCOPES.map((value) => ({ value, label: t(`scopes.${value}`) }))}
                value={field.value}
                onChange={(value) => field.onChange(value ?? 'COUNTRY')}
              />
            )}
          />
          <Controller
            control={form.control}
            name="currency"
            render={({ field, fieldState }) => (
              <CurrencySelect
                label={t('actions.funderCurrency')}
                required
                value={field.value || null}
                onChange={(value) => field.onChange(value ?? '')}
                error={fieldState.error?.message}
              />
            )}
          />
          <MoneyField
            control={form.control}
            name="budget"
            currency={currency}
            label={t('actions.funderBudget')}
            required
            error={form.formState.errors.budget?.message}
          />
          <MoneyField
            control={form.control}
            name="maxPerProject"
            currency={call.currency}
            label={t('actions.funderCap')}
            error={form.formState.errors.maxPerProject?.message}
          />
        </SimpleGrid>
        <div>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t('actions.addFunder')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}

import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Paper, Radio, Select, Stack, Textarea, Title, Group } from '@mantine/core';
import {
  CLUSTER_PARTNERSHIP_KINDS,
  partnershipKindFor,
  proposeClusterPartnershipSchema,
} from '@spillover/domain';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { useApiSubmit } from '../../app/forms/use-api-submit';
import { useDomainForm } from '../../app/forms/use-domain-form';
import { useFieldError } from '../../app/forms/use-field-error';
import { useReference } from '../../app/reference/reference-options';
import {
  ClusterPartnershipsDocument,
  PartnerCandidatesDocument,
  ProposeClusterPartnershipDocument,
} from '../../generated/graphql';
import { useClusterName } from '../cluster/cluster-name';

/** A manager proposes a partnership of their cluster to another; its kind follows the countries. */
export function ProposePartnershipForm({
  clusterId,
  clusterCountry,
}: {
  clusterId: string;
  clusterCountry: string;
}) {
  const { t } = useTranslation('partnership');
  const clusterName = useClusterName();
  const reference = useReference();
  const { data } = useQuery(PartnerCandidatesDocument);
  const [propose, { loading }] = useMutation(ProposeClusterPartnershipDocument, {
    refetchQueries: [{ query: ClusterPartnershipsDocument, variables: { id: clusterId } }],
  });
  const [proposedTo, setProposedTo] = useState<string | null>(null);
  const candidates = (data?.clusters.edges ?? [])
    .map((edge) => edge.node)
    .filter((cluster) => cluster.id !== clusterId);
  const form = useDomainForm(proposeClusterPartnershipSchema, {
    clusterId,
    partnerClusterId: '',
    kind: 'DOMESTIC',
    note: '',
  });
  const fieldError = useFieldError(form);

  const { problems, onSubmit } = useApiSubmit(
    form,
    ['partnerClusterId', 'kind', 'note'],
    async (values) => {
      await propose({
        variables: {
          input: {
            clusterId,
            partnerClusterId: values.partnerClusterId,
            kind: values.kind,
            note: values.note,
          },
        },
      });
      const partner = candidates.find((cluster) => cluster.id === values.partnerClusterId);
      setProposedTo(partner ? clusterName(partner) : '');
      form.reset({ clusterId, partnerClusterId: '', kind: 'DOMESTIC', note: '' });
    },
  );

  return (
    <Paper withBorder p="md">
      <form onSubmit={onSubmit} noValidate aria-labelledby="propose-partnership-heading">
        <Stack>
          <Title order={3} size="h4" id="propose-partnership-heading">
            {t('propose.title')}
          </Title>
          <div aria-live="polite">
            {proposedTo !== null ? (
              <Alert color="teal">{t('propose.done', { name: proposedTo })}</Alert>
            ) : null}
          </div>
          <ErrorAlert problems={problems} />
          <Controller
            control={form.control}
            name="partnerClusterId"
            render={({ field }) => (
              <Select
                label={t('propose.partner')}
                description={t('propose.partnerHint')}
                required
                searchable
                data={candidates.map((cluster) => ({
                  value: cluster.id,
                  label: `${clusterName(cluster)} (${reference.placeLabel(cluster)})`,
                }))}
                value={field.value || null}
                onChange={(value) => {
                  field.onChange(value ?? '');
                  // The countries decide the kind (the domain's rule); preselect it.
                  const partner = candidates.find((cluster) => cluster.id === value);
                  if (partner)
                    form.setValue('kind', partnershipKindFor(clusterCountry, partner.country), {
                      shouldValidate: true,
                    });
                }}
                onBlur={field.onBlur}
                name={field.name}
                error={fieldError('partnerClusterId')}
              />
            )}
          />
          <Controller
            control={form.control}
            name="kind"
            render={({ field }) => (
              <Radio.Group
                label={t('propose.kind')}
                description={t('propose.kindHint')}
                required
                value={field.value}
                onChange={field.onChange}
                name={field.name}
                error={fieldError('kind')}
              >
                <Group mt="xs">
                  {CLUSTER_PARTNERSHIP_KINDS.map((kind) => (
                    <Radio key={kind} value={kind} label={t(`kind.${kind}`)} />
                  ))}
                </Group>
              </Radio.Group>
            )}
          />
          <Textarea
            label={t('propose.note')}
            description={t('propose.noteHint')}
            autosize
            minRows={3}
            {...form.register('note')}
            error={fieldError('note')}
          />
          <div>
            <Button type="submit" loading={loading}>
              {t('propose.submit')}
            </Button>
          </div>
        </Stack>
      </form>
    </Paper>
  );
}

import { useMutation } from '@apollo/client/react';
import { Alert, Button, Paper, Select, Stack, Textarea, Title } from '@mantine/core';
import { applyToClusterSchema } from '@spillover/domain';
import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { useApiSubmit } from '../../app/forms/use-api-submit';
import { useDomainForm } from '../../app/forms/use-domain-form';
import { useFieldError } from '../../app/forms/use-field-error';
import {
  ApplyToClusterDocument,
  ClusterApplicationsDocument,
  ClusterDecisionsDocument,
  ClusterDocument,
} from '../../generated/graphql';

interface ApplyToClusterPanelProps {
  clusterId: string;
  /** Organizations the viewer administers that are not yet active members. */
  organizations: { id: string; name: string }[];
}

/** An ORG_ADMIN applies for one of their organizations; a manager then decides. */
export function ApplyToClusterPanel({ clusterId, organizations }: ApplyToClusterPanelProps) {
  const { t } = useTranslation('cluster');
  const [apply, { loading }] = useMutation(ApplyToClusterDocument, {
    refetchQueries: [
      { query: ClusterDocument, variables: { id: clusterId } },
      { query: ClusterApplicationsDocument, variables: { id: clusterId } },
      { query: ClusterDecisionsDocument, variables: { id: clusterId } },
    ],
  });
  const [appliedFor, setAppliedFor] = useState<string | null>(null);
  const form = useDomainForm(applyToClusterSchema, {
    clusterId,
    organizationId: organizations.length === 1 ? (organizations[0]?.id ?? '') : '',
    message: '',
  });
  const fieldError = useFieldError(form);

  const { problems, onSubmit } = useApiSubmit(
    form,
    ['organizationId', 'message'],
    async (values) => {
      await apply({
        variables: {
          input: { clusterId, organizationId: values.organizationId, message: values.message },
        },
        // The organization's profile lists its clusters: fetch them afresh when next shown.
        update: (cache) => {
          cache.evict({
            id: cache.identify({ __typename: 'Organization', id: values.organizationId }),
            fieldName: 'clusterMemberships',
          });
        },
      });
      setAppliedFor(
        organizations.find((organization) => organization.id === values.organizationId)?.name ?? '',
      );
      form.reset({ clusterId, organizationId: '', message: '' });
    },
  );

  return (
    <Paper withBorder p="md">
      <form onSubmit={onSubmit} noValidate aria-labelledby="apply-heading">
        <Stack>
          <Title order={2} size="h3" id="apply-heading">
            {t('apply.title')}
          </Title>
          <div aria-live="polite">
            {appliedFor !== null ? (
              <Alert color="teal">{t('apply.done', { name: appliedFor })}</Alert>
            ) : null}
          </div>
          <ErrorAlert problems={problems} />
          <Controller
            control={form.control}
            name="organizationId"
            render={({ field }) => (
              <Select
                label={t('apply.organization')}
                required
                data={organizations.map((organization) => ({
                  value: organization.id,
                  label: organization.name,
                }))}
                value={field.value || null}
                onChange={(value) => field.onChange(value ?? '')}
                onBlur={field.onBlur}
                name={field.name}
                error={fieldError('organizationId')}
              />
            )}
          />
          <Textarea
            label={t('apply.message')}
            description={t('apply.messageHint')}
            autosize
            minRows={3}
            {...form.register('message')}
            error={fieldError('message')}
          />
          <div>
            <Button type="submit" loading={loading}>
              {t('apply.submit')}
            </Button>
          </div>
        </Stack>
      </form>
    </Paper>
  );
}

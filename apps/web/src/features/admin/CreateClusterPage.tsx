import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { CLUSTER_RUNNER_KINDS, clusterSchema, type ClusterInput } from '@spillover/domain';
import { useState } from 'react';
import { Controller, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { SectorsField } from '../../app/forms/CodeFields';
import { PlaceFields } from '../../app/forms/PlaceFields';
import { useApiSubmit } from '../../app/forms/use-api-submit';
import { useDomainForm } from '../../app/forms/use-domain-form';
import { useFieldError } from '../../app/forms/use-field-error';
import { Page } from '../../app/layout/Page';
import {
  ClusterOrganizationChoicesDocument,
  ClustersDocument,
  CreateClusterDocument,
} from '../../generated/graphql';

const FIELDS: Path<ClusterInput>[] = [
  'nameEn',
  'nameKo',
  'organizationId',
  'country',
  'region',
  'focusSectors',
  'description',
];

/** A platform admin creates a cluster run by an existing organization. */
export function CreateClusterPage() {
  const { t } = useTranslation('admin');
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search, 300);
  const { data: choices } = useQuery(ClusterOrganizationChoicesDocument, {
    variables: {
      filter: query.trim() ? { query: query.trim() } : { kinds: [...CLUSTER_RUNNER_KINDS] },
    },
  });
  const [create] = useMutation(CreateClusterDocument, { refetchQueries: [ClustersDocument] });
  const form = useDomainForm(clusterSchema, {
    nameEn: '',
    nameKo: '',
    organizationId: '',
    country: 'KR',
    region: null,
    focusSectors: [],
    description: '',
  });
  const fieldError = useFieldError(form);

  const organizations =
    choices?.organizations.edges.map(({ node }) => ({ value: node.id, label: node.name })) ?? [];

  const { problems, onSubmit } = useApiSubmit(form, FIELDS, async (values) => {
    const { data } = await create({
      variables: {
        input: {
          nameEn: values.nameEn,
          nameKo: values.nameKo,
          organizationId: values.organizationId,
          country: values.country,
          region: values.region ?? null,
          focusSectors: values.focusSectors,
          description: values.description,
        },
      },
    });
    if (data) {
      notifications.show({
        color: 'teal',
        message: t('createCluster.created', { name: data.createCluster.nameEn }),
      });
      await navigate(`/admin/clusters/${data.createCluster.id}/managers`);
    }
  });

  return (
    <Page title={t('createCluster.title')}>
      <form onSubmit={onSubmit} noValidate aria-label={t('createCluster.title')}>
        <Stack maw={720}>
          <ErrorAlert problems={problems} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('createCluster.nameEn')}
              lang="en"
              required
              {...form.register('nameEn')}
              error={fieldError('nameEn')}
            />
            <TextInput
              label={t('createCluster.nameKo')}
              lang="ko"
              required
              {...form.register('nameKo')}
              error={fieldError('nameKo')}
            />
          </SimpleGrid>
          <Controller
            control={form.control}
            name="organizationId"
            render={({ field }) => (
              <Select
                label={t('createCluster.organization')}
                description={t('createCluster.organizationHint')}
                required
                searchable
                searchValue={search}
                onSearchChange={setSearch}
                filter={({ options }) => options}
                data={organizations}
                value={field.value || null}
                onChange={(value) => field.onChange(value ?? '')}
                onBlur={field.onBlur}
                name={field.name}
                nothingFoundMessage={t('common:reference.nothingFound')}
                error={fieldError('organizationId')}
              />
            )}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <PlaceFields
              form={form}
              labels={{ country: t('createCluster.country'), region: t('createCluster.region') }}
              fieldError={fieldError}
            />
          </SimpleGrid>
          <SectorsField
            control={form.control}
            name="focusSectors"
            label={t('createCluster.focusSectors')}
            required
            error={fieldError('focusSectors')}
          />
          <Textarea
            label={t('createCluster.description')}
            autosize
            minRows={4}
            {...form.register('description')}
            error={fieldError('description')}
          />
          <Group>
            <Button type="submit" loading={form.formState.isSubmitting}>
              {t('createCluster.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Page>
  );
}

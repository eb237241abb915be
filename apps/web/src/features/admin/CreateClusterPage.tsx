import { useMutation, useQuery } from '@apollo/client/react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import {
  clusterSchema,
  regionBelongsTo,
  type ClusterInput,
  type ClusterValues,
} from '@spillover/domain';
import { useEffect, useState } from 'react';
import { Controller, useForm, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { type ApiProblem } from '../../app/errors/api-error';
import { applyServerErrors } from '../../app/errors/apply-server-errors';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { useFieldError } from '../../app/forms/use-field-error';
import { Page } from '../../app/layout/Page';
import { CountrySelect, RegionSelect, SectorMultiSelect } from '../../app/reference/CodeSelects';
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
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search, 300);
  const { data: choices } = useQuery(ClusterOrganizationChoicesDocument, {
    variables: {
      filter: query.trim()
        ? { query: query.trim() }
        : { kinds: ['CLUSTER_ORGANIZATION', 'PUBLIC_AGENCY'] },
    },
  });
  const [create] = useMutation(CreateClusterDocument, { refetchQueries: [ClustersDocument] });
  const form = useForm<ClusterInput, unknown, ClusterValues>({
    resolver: zodResolver(clusterSchema),
    mode: 'onTouched',
    reValidateMode: 'onChange',
    defaultValues: {
      nameEn: '',
      nameKo: '',
      organizationId: '',
      country: 'KR',
      region: null,
      focusSectors: [],
      description: '',
    },
  });
  const fieldError = useFieldError(form);
  const country = form.watch('country');

  useEffect(() => {
    const region = form.getValues('region');
    if (region && !regionBelongsTo(region, country)) form.setValue('region', null);
  }, [country, form]);

  const organizations =
    choices?.organizations.edges.map(({ node }) => ({ value: node.id, label: node.name })) ?? [];

  const submit = form.handleSubmit(async (values) => {
    setProblems([]);
    try {
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
    } catch (error) {
      setProblems(applyServerErrors(error, form.setError, FIELDS));
    }
  });

  return (
    <Page title={t('createCluster.title')}>
      <form
        onSubmit={(event) => void submit(event)}
        noValidate
        aria-label={t('createCluster.title')}
      >
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
            <Controller
              control={form.control}
              name="country"
              render={({ field }) => (
                <CountrySelect
                  label={t('createCluster.country')}
                  required
                  value={field.value || null}
                  onChange={(value) => field.onChange(value ?? '')}
                  onBlur={field.onBlur}
                  name={field.name}
                  error={fieldError('country')}
                />
              )}
            />
            <Controller
              control={form.control}
              name="region"
              render={({ field }) => (
                <RegionSelect
                  country={country}
                  label={t('createCluster.region')}
                  value={field.value ?? null}
                  onChange={(value) => field.onChange(value)}
                  onBlur={field.onBlur}
                  name={field.name}
                  error={fieldError('region')}
                />
              )}
            />
          </SimpleGrid>
          <Controller
            control={form.control}
            name="focusSectors"
            render={({ field }) => (
              <SectorMultiSelect
                label={t('createCluster.focusSectors')}
                required
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                name={field.name}
                error={fieldError('focusSectors')}
              />
            )}
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

import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import {
  ORGANIZATION_KINDS,
  ORGANIZATION_SIZES,
  organizationSchema,
  regionBelongsTo,
  type OrganizationInput,
  type OrganizationValues,
} from '@spillover/domain';
import { useEffect, useState } from 'react';
import { Controller, useForm, type DefaultValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { type ApiProblem } from '../../app/errors/api-error';
import { applyServerErrors } from '../../app/errors/apply-server-errors';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { useFieldError } from '../../app/forms/use-field-error';
import {
  CountrySelect,
  RegionSelect,
  SectorMultiSelect,
  TechnologyMultiSelect,
} from '../../app/reference/CodeSelects';

const FIELDS: Path<OrganizationInput>[] = [
  'name',
  'kind',
  'size',
  'country',
  'region',
  'sectors',
  'technologyAreas',
  'description',
  'website',
];

export const emptyOrganization: DefaultValues<OrganizationInput> = {
  name: '',
  size: null,
  country: '',
  region: null,
  sectors: [],
  technologyAreas: [],
  description: '',
  website: '',
};

interface OrganizationFormProps {
  initialValues?: DefaultValues<OrganizationInput>;
  submitLabel: string;
  /** Saves the values; throw the API error to have it shown on the right field. */
  onSubmit: (values: OrganizationValues) => Promise<void>;
}

/** Create and edit form, validated live by the domain's organizationSchema. */
export function OrganizationForm({
  initialValues = emptyOrganization,
  submitLabel,
  onSubmit,
}: OrganizationFormProps) {
  const { t } = useTranslation('organization');
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const form = useForm<OrganizationInput, unknown, OrganizationValues>({
    resolver: zodResolver(organizationSchema),
    mode: 'onTouched',
    reValidateMode: 'onChange',
    defaultValues: initialValues,
  });
  const fieldError = useFieldError(form);
  const kind = form.watch('kind');
  const country = form.watch('country');

  // Only firms have a size: drop it when the kind changes to anything else.
  useEffect(() => {
    if (kind !== 'FIRM' && form.getValues('size'))
      form.setValue('size', null, { shouldValidate: form.formState.isSubmitted });
  }, [kind, form]);

  // A region belongs to one country: drop it when the country changes.
  useEffect(() => {
    const region = form.getValues('region');
    if (region && !regionBelongsTo(region, country)) form.setValue('region', null);
  }, [country, form]);

  const submit = form.handleSubmit(async (values) => {
    setProblems([]);
    try {
      await onSubmit(values);
    } catch (error) {
      setProblems(applyServerErrors(error, form.setError, FIELDS));
    }
  });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={submitLabel}>
      <Stack maw={720}>
        <ErrorAlert problems={problems} />
        <TextInput
          label={t('fields.name')}
          required
          {...form.register('name')}
          error={fieldError('name')}
        />
        <Controller
          control={form.control}
          name="kind"
          render={({ field }) => (
            <Select
              label={t('fields.kind')}
              required
              data={ORGANIZATION_KINDS.map((value) => ({ value, label: t(`kinds.${value}`) }))}
              value={field.value ?? null}
              onChange={(value) => field.onChange(value ?? undefined)}
              onBlur={field.onBlur}
              name={field.name}
              error={fieldError('kind')}
              allowDeselect={false}
            />
          )}
        />
        {kind === 'FIRM' ? (
          <Controller
            control={form.control}
            name="size"
            render={({ field }) => (
              <Select
                label={t('fields.size')}
                description={t('fields.sizeHint')}
                required
                data={ORGANIZATION_SIZES.map((value) => ({ value, label: t(`sizes.${value}`) }))}
                value={field.value ?? null}
                onChange={(value) => field.onChange(value)}
                onBlur={field.onBlur}
                name={field.name}
                error={fieldError('size')}
              />
            )}
          />
        ) : null}
        <Group grow align="flex-start">
          <Controller
            control={form.control}
            name="country"
            render={({ field }) => (
              <CountrySelect
                label={t('fields.country')}
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
                label={t('fields.region')}
                value={field.value ?? null}
                onChange={(value) => field.onChange(value)}
                onBlur={field.onBlur}
                name={field.name}
                error={fieldError('region')}
              />
            )}
          />
        </Group>
        <Controller
          control={form.control}
          name="sectors"
          render={({ field }) => (
            <SectorMultiSelect
              label={t('fields.sectors')}
              description={t('fields.sectorsHint')}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              name={field.name}
              error={fieldError('sectors')}
            />
          )}
        />
        <Controller
          control={form.control}
          name="technologyAreas"
          render={({ field }) => (
            <TechnologyMultiSelect
              label={t('fields.technologyAreas')}
              description={t('fields.technologyAreasHint')}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              name={field.name}
              error={fieldError('technologyAreas')}
            />
          )}
        />
        <Textarea
          label={t('fields.description')}
          autosize
          minRows={4}
          {...form.register('description')}
          error={fieldError('description')}
        />
        <TextInput
          label={t('fields.website')}
          type="url"
          placeholder="https://"
          {...form.register('website')}
          error={fieldError('website')}
        />
        <Group>
          <Button type="submit" loading={form.formState.isSubmitting}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import { Button, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import {
  organizationSchema,
  type OrganizationInput,
  type OrganizationValues,
} from '@spillover/domain';
import { useEffect } from 'react';
import { Controller, type DefaultValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { SectorsField, TechnologiesField } from '../../app/forms/CodeFields';
import { PlaceFields } from '../../app/forms/PlaceFields';
import { useApiSubmit } from '../../app/forms/use-api-submit';
import { useDomainForm } from '../../app/forms/use-domain-form';
import { useFieldError } from '../../app/forms/use-field-error';
import { useOrganizationOptions } from './organization-options';

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
  const { kinds, sizes } = useOrganizationOptions();
  const form = useDomainForm(organizationSchema, initialValues);
  const fieldError = useFieldError(form);
  const kind = form.watch('kind');

  // Only firms have a size: drop it when the kind changes to anything else.
  useEffect(() => {
    if (kind !== 'FIRM' && form.getValues('size'))
      form.setValue('size', null, { shouldValidate: form.formState.isSubmitted });
  }, [kind, form]);

  const { problems, onSubmit: submit } = useApiSubmit(form, FIELDS, onSubmit);

  return (
    <form onSubmit={submit} noValidate aria-label={submitLabel}>
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
              data={kinds}
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
                data={sizes}
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
          <PlaceFields
            form={form}
            labels={{ country: t('fields.country'), region: t('fields.region') }}
            fieldError={fieldError}
          />
        </Group>
        <SectorsField
          control={form.control}
          name="sectors"
          label={t('fields.sectors')}
          description={t('fields.sectorsHint')}
          error={fieldError('sectors')}
        />
        <TechnologiesField
          control={form.control}
          name="technologyAreas"
          label={t('fields.technologyAreas')}
          description={t('fields.technologyAreasHint')}
          error={fieldError('technologyAreas')}
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

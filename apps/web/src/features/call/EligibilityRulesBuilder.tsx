import {
  Button,
  Checkbox,
  Group,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Title,
} from '@mantine/core';
import {
  MEMBERSHIP_REQUIREMENTS,
  ORGANIZATION_KINDS,
  ORGANIZATION_SIZES,
  type CallDraftInput,
  type CallDraftValues,
} from '@spillover/domain';
import { Controller, useFieldArray, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { MoneyField } from '../../app/forms/MoneyField';
import { WholeNumberField } from './form-fields';

interface EligibilityRulesBuilderProps {
  control: Control<CallDraftInput, unknown, CallDraftValues>;
  currency: string | null | undefined;
}

/** The eligibility rules, one control per rule; the preview beside it says them in words. */
export function EligibilityRulesBuilder({ control, currency }: EligibilityRulesBuilderProps) {
  const { t } = useTranslation(['call', 'organization']);
  const kinds = ORGANIZATION_KINDS.map((value) => ({
    value,
    label: t(`organization:kinds.${value}`),
  }));
  const sizes = ORGANIZATION_SIZES.map((value) => ({
    value,
    label: t(`organization:sizes.${value}`),
  }));
  const required = useFieldArray({ control, name: 'eligibility.requiredKinds' as never });
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <WholeNumberField
          control={control}
          name="eligibility.minPartners"
          label={t('fields.minPartners')}
          min={1}
        />
        <WholeNumberField
          control={control}
          name="eligibility.maxPartners"
          label={t('fields.maxPartners')}
          min={1}
        />
        <WholeNumberField
          control={control}
          name="eligibility.minRegions"
          label={t('fields.minRegions')}
          min={1}
        />
        <WholeNumberField
          control={control}
          name="eligibility.minCountries"
          label={t('fields.minCountries')}
          min={1}
        />
      </SimpleGrid>
      <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
        <Title order={3} size="h5" component="legend">
          {t('fields.requiredKinds')}
        </Title>
        <Stack gap="xs">
          {required.fields.map((row, index) => (
            <Group key={row.id} align="flex-end" wrap="nowrap">
              <Controller
                control={control}
                name={
                  `eligibility.requiredKinds.${index}.kinds` as 'eligibility.requiredKinds.0.kinds'
                }
                render={({ field, fieldState }) => (
                  <MultiSelect
                    style={{ flex: 1 }}
                    label={`${t('fields.requiredKinds')} ${index + 1}`}
                    data={kinds}
                    value={(field.value as string[] | undefined) ?? []}
                    onChange={field.onChange}
                    error={fieldState.error?.message}
                  />
                )}
              />
              <WholeNumberField
                control={control}
                name={`eligibility.requiredKinds.${index}.min` as 'eligibility.requiredKinds.0.min'}
                label={t('fields.requiredKindsMin')}
                min={1}
                w={110}
              />
              <Button
                variant="subtle"
                color="red"
                onClick={() => required.remove(index)}
                aria-label={`${t('setup.removeKinds')} ${index + 1}`}
              >
                {t('setup.removeKinds')}
              </Button>
            </Group>
          ))}
          <div>
            <Button
              variant="light"
              size="xs"
              onClick={() => required.append({ kinds: [], min: 1 } as never)}
            >
              {t('setup.addKinds')}
            </Button>
          </div>
        </Stack>
      </fieldset>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Controller
          control={control}
          name="eligibility.leadKinds"
          render={({ field, fieldState }) => (
            <MultiSelect
              label={t('fields.leadKinds')}
              data={kinds}
              value={(field.value as string[] | undefined) ?? []}
              onChange={field.onChange}
              error={fieldState.error?.message}
            />
          )}
        />
        <Controller
          control={control}
          name="eligibility.leadSizes"
          render={({ field, fieldState }) => (
            <MultiSelect
              label={t('fields.leadSizes')}
              data={sizes}
              value={(field.value as string[] | undefined) ?? []}
              onChange={field.onChange}
              error={fieldState.error?.message}
            />
          )}
        />
        <Controller
          control={control}
          name="eligibility.membership"
          render={({ field }) => (
            <Select
              label={t('fields.membership')}
              allowDeselect={false}
              data={MEMBERSHIP_REQUIREMENTS.map((value) => ({
                value,
                label: t(`membership.${value}`),
              }))}
              value={(field.value as string | undefined) ?? 'NONE'}
              onChange={(value) => field.onChange(value ?? 'NONE')}
            />
          )}
        />
        <MoneyField
          control={control}
          name="eligibility.maxBudgetPerPartner"
          currency={currency}
          label={t('fields.maxBudgetPerPartner')}
        />
      </SimpleGrid>
      <Controller
        control={control}
        name="eligibility.internationalPartnerRequired"
        render={({ field }) => (
          <Checkbox
            label={t('fields.internationalPartnerRequired')}
            checked={Boolean(field.value)}
            onChange={(event) => field.onChange(event.currentTarget.checked)}
          />
        )}
      />
    </Stack>
  );
}

import { Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { FUNDING_MODES, type CallDraftInput, type CallDraftValues } from '@spillover/domain';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { MoneyField } from '../../app/forms/MoneyField';
import { CurrencySelect } from '../../app/reference/CodeSelects';
import { useViewer } from '../../app/viewer';
import { useClusterName } from '../cluster/cluster-name';
import { WholeNumberField, ZonedDateTimeField } from './form-fields';

type CallForm = UseFormReturn<CallDraftInput, unknown, CallDraftValues>;

interface BasicsStepProps {
  form: CallForm;
  /** For a new call: which of the manager's clusters runs it. */
  clusterChoice: { value: string | null; onChange: (value: string | null) => void } | null;
}

/** The wizard's first step: programme, titles and descriptions in both languages. */
export function BasicsStep({ form, clusterChoice }: BasicsStepProps) {
  const { t } = useTranslation('call');
  const { viewer } = useViewer();
  const clusterName = useClusterName();
  return (
    <Stack gap="sm">
      {clusterChoice ? (
        <Select
          label={t('setup.cluster')}
          required
          data={(viewer?.managedClusters ?? []).map((c) => ({
            value: c.id,
            label: clusterName(c),
          }))}
          value={clusterChoice.value}
          onChange={clusterChoice.onChange}
          allowDeselect={false}
        />
      ) : null}
      <TextInput
        label={t('fields.programmeName')}
        required
        {...form.register('programmeName')}
        error={form.formState.errors.programmeName?.message}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t('fields.titleEn')}
          {...form.register('titleEn')}
          error={form.formState.errors.titleEn?.message}
        />
        <TextInput
          label={t('fields.titleKo')}
          lang="ko"
          {...form.register('titleKo')}
          error={form.formState.errors.titleKo?.message}
        />
        <Textarea
          label={t('fields.descriptionEn')}
          autosize
          minRows={4}
          {...form.register('descriptionEn')}
          error={form.formState.errors.descriptionEn?.message}
        />
        <Textarea
          label={t('fields.descriptionKo')}
          lang="ko"
          autosize
          minRows={4}
          {...form.register('descriptionKo')}
          error={form.formState.errors.descriptionKo?.message}
        />
      </SimpleGrid>
    </Stack>
  );
}

/** The wizard's second step: the call's time zone, window, currency and money rules. */
export function ScheduleStep({
  form,
  zone,
  currency,
}: {
  form: CallForm;
  zone: string;
  currency: string | null | undefined;
}) {
  const { t } = useTranslation('call');
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <TextInput
        label={t('fields.timeZone')}
        description={t('setup.timeZoneHint')}
        {...form.register('timeZone')}
        error={form.formState.errors.timeZone?.message}
      />
      <Controller
        control={form.control}
        name="fundingMode"
        render={({ field }) => (
          <Select
            label={t('fields.fundingMode')}
            data={FUNDING_MODES.map((value) => ({ value, label: t(`modes.${value}`) }))}
            value={field.value ?? null}
            onChange={(value) => field.onChange(value)}
            clearable
          />
        )}
      />
      <ZonedDateTimeField
        control={form.control}
        name="opensAt"
        timeZone={zone}
        label={`${t('fields.opensAt')} (${zone})`}
      />
      <ZonedDateTimeField
        control={form.control}
        name="closesAt"
        timeZone={zone}
        label={`${t('fields.closesAt')} (${zone})`}
      />
      <Controller
        control={form.control}
        name="currency"
        render={({ field, fieldState }) => (
          <CurrencySelect
            label={t('fields.currency')}
            value={field.value ?? null}
            onChange={(value) => field.onChange(value)}
            error={fieldState.error?.message}
          />
        )}
      />
      <MoneyField
        control={form.control}
        name="maxGrantPerProject"
        currency={currency}
        label={t('fields.maxGrantPerProject')}
      />
      <WholeNumberField
        control={form.control}
        name="maxFundingRate"
        label={t('fields.maxFundingRate')}
        min={1}
        max={100}
      />
    </SimpleGrid>
  );
}

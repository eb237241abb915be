import { useMutation, useQuery } from '@apollo/client/react';
import {
  Button,
  Card,
  Grid,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Stepper,
  Title,
} from '@mantine/core';
import {
  BUDGET_RULES,
  NO_ELIGIBILITY_RULES,
  callDraftSchema,
  describeCallRules,
  eligibilityRulesSchema,
  isTimeZone,
  type CallDraftInput,
  type CallDraftValues,
} from '@spillover/domain';
import { useState } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { useApiSubmit } from '../../app/forms/use-api-submit';
import { useDomainForm } from '../../app/forms/use-domain-form';
import { Page } from '../../app/layout/Page';
import { QueryState } from '../../app/layout/QueryState';
import { useViewer } from '../../app/viewer';
import {
  CallDocument,
  CreateCallDraftDocument,
  UpdateCallDraftDocument,
  type CallDetailFragment,
} from '../../generated/graphql';
import { useClusterName } from '../cluster/cluster-name';
import { CriteriaFields } from './CriteriaFields';
import { BasicsStep, ScheduleStep } from './CallSetupSteps';
import { EligibilityRulesBuilder } from './EligibilityRulesBuilder';
import { RulesInWords } from './RulesInWords';
import { callFormValues, emptyCall, toApiInput } from './call-form-values';
import { WholeNumberField } from './form-fields';

const FIELDS = [
  'programmeName',
  'titleEn',
  'titleKo',
  'descriptionEn',
  'descriptionKo',
  'timeZone',
  'opensAt',
  'closesAt',
  'currency',
  'maxGrantPerProject',
  'maxFundingRate',
  'fundingMode',
  'eligibility',
  'criteria',
  'threshold',
  'reviewersPerApplication',
  'budgetRule',
  'redressDays',
] as const;

export function NewCallPage() {
  const { t } = useTranslation('call');
  return (
    <Page title={t('setup.newTitle')}>
      <CallWizard call={null} />
    </Page>
  );
}

export function EditCallPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('call');
  const { data, loading, error } = useQuery(CallDocument, { variables: { id } });
  return (
    <Page title={t('setup.editTitle')}>
      <QueryState loading={loading && !data} error={error}>
        {data ? <CallWizard call={data.call} /> : null}
      </QueryState>
    </Page>
  );
}

/**
 * The set-up wizard: basics, schedule and money, eligibility (with the rules in words beside
 * the builder, from the domain's own sentence function), evaluation. Saved as a draft; the
 * call page says what still stands between it and opening.
 */
function CallWizard({ call }: { call: CallDetailFragment | null }) {
  const { t } = useTranslation('call');
  const navigate = useNavigate();
  const clusterName = useClusterName();
  const { viewer } = useViewer();
  const [step, setStep] = useState(0);
  const [clusterId, setClusterId] = useState<string | null>(
    call?.cluster.id ?? viewer?.managedClusters[0]?.id ?? null,
  );
  const form = useDomainForm<CallDraftInput, CallDraftValues>(
    callDraftSchema,
    call ? callFormValues(call) : emptyCall(),
  );
  const [create] = useMutation(CreateCallDraftDocument);
  const [update] = useMutation(UpdateCallDraftDocument);
  const watched = useWatch({ control: form.control });
  const zone = watched.timeZone && isTimeZone(watched.timeZone) ? watched.timeZone : 'UTC';
  const { problems, onSubmit } = useApiSubmit(form, FIELDS, async (values) => {
    const input = toApiInput(values);
    if (call) {
      await update({ variables: { id: call.id, input } });
      void navigate(`/calls/${call.id}`);
    } else if (clusterId) {
      const { data } = await create({ variables: { clusterId, input } });
      if (data) void navigate(`/calls/${data.createCallDraft.id}`);
    }
  });
  const rules = eligibilityRulesSchema.safeParse(watched.eligibility ?? {});
  const preview = describeCallRules({
    rules: rules.success ? rules.data : NO_ELIGIBILITY_RULES,
    currency: watched.currency ?? null,
    maxGrantPerProject: watched.maxGrantPerProject ?? null,
    maxFundingRate: watched.maxFundingRate ?? null,
    fundingMode: watched.fundingMode ?? null,
    funders: (call?.funders ?? []).map((f) => ({
      clusterId: f.cluster.id,
      funds: f.funds,
      country: f.cluster.country,
      region: f.cluster.region,
    })),
  });
  const names = new Map((call?.funders ?? []).map((f) => [f.cluster.id, clusterName(f.cluster)]));
  const steps = ['basics', 'schedule', 'eligibility', 'evaluation'] as const;

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack>
        <ErrorAlert problems={problems} />
        <Stepper active={step} onStepClick={setStep} allowNextStepsSelect>
          {steps.map((name) => (
            <Stepper.Step key={name} label={t(`setup.steps.${name}`)} />
          ))}
        </Stepper>
        <Title order={2} size="h3">
          {t(`setup.steps.${steps[step] ?? 'basics'}`)}
        </Title>
        <div hidden={step !== 0}>
          <BasicsStep
            form={form}
            clusterChoice={call ? null : { value: clusterId, onChange: setClusterId }}
          />
        </div>
        <div hidden={step !== 1}>
          <ScheduleStep form={form} zone={zone} currency={watched.currency} />
        </div>
        <div hidden={step !== 2}>
          <Grid>
            <Grid.Col span={{ base: 12, md: 7 }}>
              <EligibilityRulesBuilder control={form.control} currency={watched.currency} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 5 }}>
              <Card withBorder component="section" aria-labelledby="call-preview">
                <Title order={3} size="h4" id="call-preview" mb="xs">
                  {t('setup.preview')}
                </Title>
                <div aria-live="polite">
                  <RulesInWords
                    sentences={preview}
                    clusterNames={names}
                    empty={t('setup.previewEmpty')}
                  />
                </div>
              </Card>
            </Grid.Col>
          </Grid>
        </div>
        <div hidden={step !== 3}>
          <Stack>
            <CriteriaFields control={form.control} register={form.register} />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <WholeNumberField
                control={form.control}
                name="threshold"
                label={t('fields.threshold')}
                min={0}
                max={100}
              />
              <WholeNumberField
                control={form.control}
                name="reviewersPerApplication"
                label={t('fields.reviewersPerApplication')}
                min={1}
                max={10}
              />
              <Controller
                control={form.control}
                name="budgetRule"
                render={({ field }) => (
                  <Select
                    label={t('fields.budgetRule')}
                    data={BUDGET_RULES.map((value) => ({
                      value,
                      label: t(`award:rules.${value}`),
                    }))}
                    value={field.value ?? 'STOP'}
                    onChange={(value) => field.onChange(value)}
                    allowDeselect={false}
                  />
                )}
              />
              <WholeNumberField
                control={form.control}
                name="redressDays"
                label={t('fields.redressDays')}
                min={0}
                max={90}
              />
            </SimpleGrid>
          </Stack>
        </div>
        <Group justify="space-between">
          <Button
            variant="default"
            disabled={step === 0}
            onClick={() => setStep((s) => Math.max(0, s - 1))}
          >
            {t('setup.back')}
          </Button>
          <Group>
            {step < steps.length - 1 ? (
              <Button
                variant="light"
                onClick={() => setStep((s) => Math.min(steps.length - 1, s + 1))}
              >
                {t('setup.next')}
              </Button>
            ) : null}
            <Button
              type="submit"
              loading={form.formState.isSubmitting}
              disabled={!call && !clusterId}
            >
              {t('setup.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}

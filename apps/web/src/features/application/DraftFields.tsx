import { useMutation, useQuery } from '@apollo/client/react';
import { Button, MultiSelect, NumberInput, Stack, TextInput, Textarea } from '@mantine/core';
import { fromMinorUnits, toMinorUnits } from '@spillover/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { useRowAction } from '../../app/lists/use-row-action';
import {
  OrganizationNeedsDocument,
  UpdateApplicationDraftDocument,
  type ApplicationDetailFragment,
} from '../../generated/graphql';

/** The draft's texts, duration and the lead's budget; saved as a whole. */
export function DraftFields({ application }: { application: ApplicationDetailFragment }) {
  const { t } = useTranslation('application');
  const currency = application.call.currency ?? 'EUR';
  const [title, setTitle] = useState(application.title);
  const [abstract, setAbstract] = useState(application.abstract);
  const [workPlan, setWorkPlan] = useState(application.workPlanSummary);
  const [duration, setDuration] = useState<number | string>(application.durationMonths ?? '');
  const [budget, setBudget] = useState(fromMinorUnits(application.leadRequestedBudget, currency));
  const [own, setOwn] = useState(fromMinorUnits(application.leadOwnContribution, currency));
  const [needs, setNeeds] = useState<string[]>(application.linkedNeedIds);
  const { data: leadNeeds } = useQuery(OrganizationNeedsDocument, {
    variables: { id: application.leadOrganization.id, first: 50 },
  });
  const needOptions = (leadNeeds?.organization.technologyNeeds.edges ?? [])
    .map(({ node }) => node)
    .filter((need) => need.status === 'OPEN' || needs.includes(need.id))
    .map((need) => ({ value: need.id, label: need.title }));
  const [save, { loading }] = useMutation(UpdateApplicationDraftDocument);
  const action = useRowAction();
  return (
    <form
      aria-label={t('page.title')}
      onSubmit={(event) => {
        event.preventDefault();
        void action.run(() =>
          save({
            variables: {
              id: application.id,
              input: {
                title,
                abstract,
                workPlanSummary: workPlan,
                durationMonths: duration === '' ? null : Number(duration),
                linkedNeedIds: needs,
                leadRequestedBudget: toMinorUnits(budget || '0', currency, 'leadRequestedBudget'),
                leadOwnContribution: toMinorUnits(own || '0', currency, 'leadOwnContribution'),
              },
            },
          }),
        );
      }}
    >
      <Stack gap="sm">
        <ErrorAlert error={action.error} />
        <TextInput
          label={t('fields.title')}
          required
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
        />
        <Textarea
          label={t('fields.abstract')}
          autosize
          minRows={2}
          value={abstract}
          onChange={(e) => setAbstract(e.currentTarget.value)}
        />
        <Textarea
          label={t('fields.workPlanSummary')}
          autosize
          minRows={2}
          value={workPlan}
          onChange={(e) => setWorkPlan(e.currentTarget.value)}
        />
        <MultiSelect
          label={t('fields.linkedNeeds')}
          description={t('fields.linkedNeedsHint')}
          data={needOptions}
          value={needs}
          onChange={setNeeds}
          searchable
        />
        <NumberInput
          label={t('fields.durationMonths')}
          min={1}
          max={60}
          value={duration}
          onChange={setDuration}
        />
        <TextInput
          label={t('fields.leadRequestedBudget', { currency })}
          inputMode="decimal"
          value={budget}
          onChange={(e) => setBudget(e.currentTarget.value)}
        />
        <TextInput
          label={t('fields.leadOwnContribution', { currency })}
          inputMode="decimal"
          value={own}
          onChange={(e) => setOwn(e.currentTarget.value)}
        />
        <div>
          <Button type="submit" variant="default" loading={loading}>
            {t('actions.save')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}

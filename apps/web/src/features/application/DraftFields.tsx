import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, MultiSelect, NumberInput, Stack, TextInput, Textarea } from '@mantine/core';
import { budgetAmountSchema } from '@spillover/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { MoneyInput } from '../../app/forms/MoneyInput';
import { useRowAction } from '../../app/lists/use-row-action';
import { useFormat } from '../../app/format';
import {
  OrganizationCollaborationsDocument,
  OrganizationNeedsDocument,
  UpdateApplicationDraftDocument,
  type ApplicationDetailFragment,
} from '../../generated/graphql';
import type { BudgetEdits } from './use-budget-edits';

const LEAD_REQUESTED = budgetAmountSchema('The lead’s requested budget');
const LEAD_OWN = budgetAmountSchema('The lead’s own contribution');

/** The draft's texts, duration and the lead's budget (shared with the live checklist); saved as a whole. */
export function DraftFields({
  application,
  budgets,
}: {
  application: ApplicationDetailFragment;
  budgets: BudgetEdits;
}) {
  const { t } = useTranslation('application');
  const currency = application.call.currency ?? 'EUR';
  const [title, setTitle] = useState(application.title);
  const [abstract, setAbstract] = useState(application.abstract);
  const [workPlan, setWorkPlan] = useState(application.workPlanSummary);
  const [duration, setDuration] = useState<number | string>(application.durationMonths ?? '');
  const leadId = application.leadOrganization.id;
  const lead = budgets.lineOf(leadId);
  const [needs, setNeeds] = useState<string[]>(application.linkedNeedIds);
  const { data: leadNeeds } = useQuery(OrganizationNeedsDocument, {
    variables: { id: application.leadOrganization.id, first: 50 },
  });
  const [collaborations, setCollaborations] = useState<string[]>(
    application.linkedCollaborationIds,
  );
  const format = useFormat();
  const { data: leadCollaborations } = useQuery(OrganizationCollaborationsDocument, {
    variables: { id: leadId, first: 50 },
  });
  // The lead's collaborations (the only ones the API links), named by title and partner.
  const collaborationOptions = (leadCollaborations?.organization.collaborations.edges ?? []).map(
    ({ node }) => {
      const partner = node.organizations.find((o) => o.id !== leadId)?.name ?? '';
      return {
        value: node.id,
        label: t('fields.collaborationOption', {
          title: node.title ?? t('fields.collaborationUntitled'),
          partner,
          since: format.date(node.startedOn),
        }),
      };
    },
  );
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
        // An amount the input could not read stays on screen with its reason; nothing is sent.
        if (lead.requestedBudget === null || lead.ownContribution === null) return;
        const amounts = {
          leadRequestedBudget: lead.requestedBudget,
          leadOwnContribution: lead.ownContribution,
        };
        void action.run(async () => {
          await save({
            variables: {
              id: application.id,
              input: {
                title,
                abstract,
                workPlanSummary: workPlan,
                durationMonths: duration === '' ? null : Number(duration),
                linkedNeedIds: needs,
                linkedCollaborationIds: collaborations,
                ...amounts,
              },
            },
          });
          budgets.forget(leadId);
        });
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
        <MultiSelect
          label={t('fields.linkedCollaborations')}
          description={t('fields.linkedCollaborationsHint')}
          data={collaborationOptions}
          value={collaborations}
          onChange={setCollaborations}
          nothingFoundMessage={t('fields.noCollaborations')}
          searchable
        />
        <NumberInput
          label={t('fields.durationMonths')}
          min={1}
          max={60}
          value={duration}
          onChange={setDuration}
        />
        <Group grow align="flex-start">
          <MoneyInput
            label={t('fields.leadRequestedBudget', { currency })}
            field="leadRequestedBudget"
            currency={currency}
            schema={LEAD_REQUESTED}
            value={lead.requestedBudget}
            onChange={(minor) => budgets.change(leadId, { requestedBudget: minor })}
          />
          <MoneyInput
            label={t('fields.leadOwnContribution', { currency })}
            field="leadOwnContribution"
            currency={currency}
            schema={LEAD_OWN}
            value={lead.ownContribution}
            onChange={(minor) => budgets.change(leadId, { ownContribution: minor })}
          />
        </Group>
        <div>
          <Button type="submit" variant="default" loading={loading}>
            {t('actions.save')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}

import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { Alert, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { useFormat } from '../../app/format';
import { ConfirmButton } from '../../app/layout/ConfirmButton';
import { Fact } from '../../app/layout/Fact';
import { Page } from '../../app/layout/Page';
import { QueryState } from '../../app/layout/QueryState';
import { useRowAction } from '../../app/lists/use-row-action';
import { useRefetchOnEvent } from '../../app/live/use-refetch-on-event';
import {
  ApplicationDocument,
  ApplicationSuggestionsDocument,
  NotificationReceivedDocument,
  type ApplicationDetailFragment,
  InviteApplicationPartnerDocument,
  OverrideApplicationEligibilityDocument,
  SubmitApplicationDocument,
  WithdrawApplicationDocument,
} from '../../generated/graphql';
import { useCallTitle } from '../call/call-words';
import { DraftFields } from './DraftFields';
import { EligibilityChecklist } from './EligibilityChecklist';
import { PartnerSuggestions } from './PartnerSuggestions';
import { PartnersSection } from './PartnersSection';
import { failureOf, failuresSignature, liveEligibility } from './live-eligibility';
import { useBudgetEdits } from './use-budget-edits';

/** An application: its consortium, live eligibility and suggestions for the lead; read-only once submitted. */
export function ApplicationPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('application');
  const query = useQuery(ApplicationDocument, { variables: { id } });
  const { data, loading, error } = query;
  // Partners answer from their own inbox, and the lead's members are notified of each answer:
  // read the application again then, so the rules turn green while the lead looks.
  useRefetchOnEvent(NotificationReceivedDocument, {}, query);
  const application = data?.application;
  return (
    <Page title={application?.title ?? t('page.title')}>
      <QueryState loading={loading && !data} error={error}>
        {application ? <ApplicationBody application={application} /> : null}
      </QueryState>
    </Page>
  );
}

function ApplicationBody({ application }: { application: ApplicationDetailFragment }) {
  const { t } = useTranslation('application');
  const format = useFormat();
  const callTitle = useCallTitle();
  const budgets = useBudgetEdits(application);
  const [submit] = useMutation(SubmitApplicationDocument);
  const [withdraw] = useMutation(WithdrawApplicationDocument);
  const [invite] = useMutation(InviteApplicationPartnerDocument);
  const [override] = useMutation(OverrideApplicationEligibilityDocument);
  const action = useRowAction();
  const actions = new Set(application.viewerActions);
  const names = new Map<string, string>([
    [application.leadOrganization.id, application.leadOrganization.name],
    ...application.partners.map((p): [string, string] => [p.organization.id, p.organization.name]),
  ]);
  // The rules as the form stands (accepted partners, budgets being typed), from the domain's
  // function in the browser; once decided at close, the server's decision.
  const live = liveEligibility(application, budgets);
  const failures = application.failedRules ? application.failedRules.map(failureOf) : live;
  const editing = actions.has('edit');
  return (
    <Stack gap="lg">
      <Group gap="xs">
        <Badge data-testid="application-status">{t(`statuses.${application.status}`)}</Badge>
        {['FUNDED', 'RESERVE', 'REJECTED'].includes(application.status) ||
        (application.status === 'WITHDRAWN' && application.call.status === 'RESULTS_PUBLISHED') ? (
          <Button
            component={Link}
            to={`/applications/${application.id}/result`}
            size="xs"
            variant="light"
          >
            {t('award:result.seeResult')}
          </Button>
        ) : null}
      </Group>
      <Stack gap={4}>
        <Fact label={t('page.call')}>
          <Link to={`/calls/${application.call.id}`}>{callTitle(application.call)}</Link>
        </Fact>
        <Fact label={t('page.lead')}>{application.leadOrganization.name}</Fact>
        {application.durationMonths ? (
          <Fact label={t('page.duration')}>
            {t('page.durationValue', { count: application.durationMonths })}
          </Fact>
        ) : null}
        {application.submittedAt ? (
          <Fact label={t('page.submittedAt')}>{format.dateTime(application.submittedAt)}</Fact>
        ) : null}
      </Stack>
      {application.overrideReason ? (
        <Alert color="blue">
          {t('page.overrideReason', { reason: application.overrideReason })}
        </Alert>
      ) : null}
      <ErrorAlert error={action.error} />
      {actions.has('edit') ? (
        <DraftFields application={application} budgets={budgets} />
      ) : (
        <>
          {application.status !== 'DRAFT' ? <Text c="dimmed">{t('page.readOnly')}</Text> : null}
          {application.abstract ? (
            <section aria-labelledby="application-abstract">
              <Title order={2} size="h3" id="application-abstract">
                {t('page.abstract')}
              </Title>
              <Text style={{ whiteSpace: 'pre-line' }}>{application.abstract}</Text>
            </section>
          ) : null}
          {application.linkedNeeds.length ? (
            <Fact label={t('page.linkedNeeds')}>
              {application.linkedNeeds.map((need, index) => (
                <span key={need.id}>
                  {index > 0 ? ', ' : null}
                  <Link to={`/needs/${need.id}`}>{need.title}</Link>
                </span>
              ))}
            </Fact>
          ) : null}
          {application.workPlanSummary ? (
            <section aria-labelledby="application-work-plan">
              <Title order={2} size="h3" id="application-work-plan">
                {t('page.workPlan')}
              </Title>
              <Text style={{ whiteSpace: 'pre-line' }}>{application.workPlanSummary}</Text>
            </section>
          ) : null}
        </>
      )}
      <PartnersSection application={application} budgets={budgets} />
      <EligibilityChecklist
        call={application.call}
        draft={application.status === 'DRAFT'}
        failures={failures}
        names={names}
      />
      {editing ? (
        <SuggestionsFor
          applicationId={application.id}
          // The failing rules, and what the server ranks for: linked needs and who is invited.
          signature={JSON.stringify([
            failuresSignature(live),
            application.linkedNeedIds,
            application.partners.map((p) => [p.organization.id, p.status]),
          ])}
          busy={action.busyId !== null}
          onInvite={(organizationId) =>
            void action.run(
              () =>
                invite({
                  variables: {
                    applicationId: application.id,
                    input: { organizationId, requestedBudget: 0, ownContribution: 0 },
                  },
                }),
              organizationId,
            )
          }
        />
      ) : null}
      <Group>
        {actions.has('submit') ? (
          <ConfirmButton
            label={t('actions.submit')}
            color="blue"
            variant="filled"
            disabled={live.length > 0 || budgets.anyDirty}
            message={t('actions.submitConfirm')}
            onConfirm={() => action.run(() => submit({ variables: { id: application.id } }))}
          />
        ) : null}
        {actions.has('submit') && budgets.anyDirty ? (
          <Text size="sm" c="dimmed">
            {t('actions.saveFirst')}
          </Text>
        ) : null}
        {actions.has('withdraw') ? (
          <ConfirmButton
            label={t('actions.withdraw')}
            message={t('actions.withdrawConfirm')}
            onConfirm={() => action.run(() => withdraw({ variables: { id: application.id } }))}
          />
        ) : null}
        {actions.has('override') ? (
          <ConfirmButton
            label={t('actions.overrideTo', {
              status: t(
                `statuses.${application.status === 'ELIGIBLE' ? 'INELIGIBLE' : 'ELIGIBLE'}`,
              ),
            })}
            color="orange"
            message={t('actions.override')}
            reason={{
              label: t('actions.reason'),
              validate: (value) => (value.trim() ? null : t('actions.reason')),
            }}
            onConfirm={(reason) =>
              action.run(() =>
                override({
                  variables: {
                    id: application.id,
                    decision: application.status === 'ELIGIBLE' ? 'INELIGIBLE' : 'ELIGIBLE',
                    reason,
                  },
                }),
              )
            }
          />
        ) : null}
        <Button component={Link} to={`/calls/${application.call.id}`} variant="subtle">
          {callTitle(application.call)}
        </Button>
      </Group>
    </Stack>
  );
}

/**
 * The server's partner suggestions (the matching engine ranks them), read again whenever the
 * rules failing live change (a partner accepting, a budget typed), and when the linked needs
 * or the invited organizations change what the server would rank.
 */
function SuggestionsFor({
  applicationId,
  signature,
  busy,
  onInvite,
}: {
  applicationId: string;
  signature: string;
  busy: boolean;
  onInvite: (organizationId: string) => void;
}) {
  const { data, refetch } = useQuery(ApplicationSuggestionsDocument, {
    variables: { id: applicationId },
    fetchPolicy: 'cache-and-network',
  });
  const shown = useRef(signature);
  useEffect(() => {
    if (shown.current === signature) return;
    shown.current = signature;
    void refetch();
  }, [signature, refetch]);
  return (
    <PartnerSuggestions
      suggestions={data?.application.partnerSuggestions ?? []}
      busy={busy}
      onInvite={onInvite}
    />
  );
}

import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { ConfirmButton } from '../../app/layout/ConfirmButton';
import { useRowAction } from '../../app/lists/use-row-action';
import {
  AcceptClusterPartnershipDocument,
  ClusterPartnershipDocument,
  DeclineClusterPartnershipDocument,
  EndClusterPartnershipDocument,
  WithdrawClusterPartnershipDocument,
  type ClusterPartnershipAction,
} from '../../generated/graphql';
import { reasonValidator } from '../cluster/reason';

type Outcome = 'accepted' | 'declined' | 'withdrawn' | 'ended';

/** Accept, decline, withdraw or end: only the buttons the API says the viewer may press now. */
export function PartnershipActions({
  partnershipId,
  actions,
}: {
  partnershipId: string;
  actions: readonly ClusterPartnershipAction[];
}) {
  const { t } = useTranslation('partnership');
  const refetch = {
    refetchQueries: [{ query: ClusterPartnershipDocument, variables: { id: partnershipId } }],
    awaitRefetchQueries: true,
  };
  const [accept] = useMutation(AcceptClusterPartnershipDocument, refetch);
  const [decline] = useMutation(DeclineClusterPartnershipDocument, refetch);
  const [end] = useMutation(EndClusterPartnershipDocument, refetch);
  const [withdraw] = useMutation(WithdrawClusterPartnershipDocument, refetch);
  const { run, error, busyId } = useRowAction();
  const [done, setDone] = useState<Outcome | null>(null);
  const act = (what: Outcome, action: () => Promise<unknown>) =>
    run(async () => {
      await action();
      setDone(what);
    }, what);

  return (
    <Stack gap="xs">
      <div aria-live="polite">
        {done ? <Alert color="teal">{t(`actions.${done}`)}</Alert> : null}
      </div>
      <ErrorAlert error={error} />
      {actions.length > 0 ? (
        <Group gap="xs">
          {actions.includes('ACCEPT') ? (
            <Button
              loading={busyId === 'accepted'}
              onClick={() =>
                void act('accepted', () => accept({ variables: { input: { partnershipId } } }))
              }
            >
              {t('actions.accept')}
            </Button>
          ) : null}
          {actions.includes('DECLINE') ? (
            <ConfirmButton
              size="sm"
              label={t('actions.decline')}
              title={t('actions.declineTitle')}
              message={t('actions.declineHint')}
              reason={{ label: t('actions.reason'), validate: reasonValidator(t) }}
              onConfirm={(reason) =>
                act('declined', () => decline({ variables: { input: { partnershipId, reason } } }))
              }
            />
          ) : null}
          {actions.includes('WITHDRAW') ? (
            <ConfirmButton
              size="sm"
              label={t('actions.withdraw')}
              message={t('actions.withdrawHint')}
              reason={{
                label: t('actions.reasonOptional'),
                // Optional: a reason, when given, follows the domain's rule for reasons.
                validate: (value) => (value.trim() ? reasonValidator(t)(value) : null),
              }}
              onConfirm={(reason) =>
                act('withdrawn', () =>
                  withdraw({
                    variables: { input: { partnershipId, reason: reason.trim() || null } },
                  }),
                )
              }
            />
          ) : null}
          {actions.includes('END') ? (
            <ConfirmButton
              size="sm"
              label={t('actions.end')}
              message={t('actions.endHint')}
              reason={{ label: t('actions.reason'), validate: reasonValidator(t) }}
              onConfirm={(reason) =>
                act('ended', () => end({ variables: { input: { partnershipId, reason } } }))
              }
            />
          ) : null}
        </Group>
      ) : null}
    </Stack>
  );
}

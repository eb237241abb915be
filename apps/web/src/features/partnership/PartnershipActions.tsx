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
  type ClusterPartnershipAction,
} from '../../generated/graphql';
import { reasonValidator } from '../cluster/reason';

/** Accept, decline or end: only the buttons the API says the viewer may press now. */
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
  const { run, error, busyId } = useRowAction();
  const [done, setDone] = useState<'accepted' | 'declined' | 'ended' | null>(null);
  const act = (what: 'accepted' | 'declined' | 'ended', action: () => Promise<unknown>) =>
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

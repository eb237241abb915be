import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack } from '@mantine/core';
import { declineReasonSchema } from '@spillover/domain';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { ConfirmButton } from '../../app/layout/ConfirmButton';
import { useRowAction } from '../../app/lists/use-row-action';
import {
  AcceptInterestDocument,
  DeclineInterestDocument,
  ShortlistInterestDocument,
  WithdrawInterestDocument,
  type InterestFieldsFragment,
} from '../../generated/graphql';
import { useMatchLanguage } from '../match/use-match-language';

/**
 * The buttons for what the viewer may do to this interest now: the API says which
 * (`viewerActions`, from the domain's transitions and permissions), so no rule is repeated.
 */
export function InterestActions({
  interest,
  onChanged,
}: {
  interest: InterestFieldsFragment;
  onChanged?: () => void;
}) {
  const { t } = useTranslation('interest');
  const language = useMatchLanguage();
  const [shortlist] = useMutation(ShortlistInterestDocument);
  const [accept] = useMutation(AcceptInterestDocument);
  const [decline] = useMutation(DeclineInterestDocument);
  const [withdraw] = useMutation(WithdrawInterestDocument);
  const { run, error, busyId } = useRowAction();
  const name = interest.senderOrganization.name;
  const title = interest.need?.title ?? interest.capability?.title ?? '';
  const actions = new Set(interest.viewerActions);
  if (actions.size === 0) return null;
  const variables = { id: interest.id, language };
  const done = () => onChanged?.();
  const validateReason = (value: string) => {
    const result = declineReasonSchema.safeParse(value);
    return result.success
      ? null
      : t(`validation.reason.${result.error.issues[0]?.code ?? 'too_small'}`, {
          defaultValue: result.error.issues[0]?.message,
        });
  };

  return (
    <Stack gap="xs">
      <ErrorAlert error={error} />
      <Group gap="xs">
        {actions.has('shortlist') ? (
          <Button
            size="xs"
            variant="light"
            aria-label={t('actions.shortlistOf', { name })}
            loading={busyId === 'shortlist'}
            onClick={() =>
              void run(async () => {
                await shortlist({ variables });
                done();
              }, 'shortlist')
            }
          >
            {t('actions.shortlist')}
          </Button>
        ) : null}
        {actions.has('accept') ? (
          <ConfirmButton
            label={t('actions.accept')}
            accessibleLabel={t('actions.acceptOf', { name })}
            message={t('actions.acceptConfirm', { name })}
            color="teal"
            onConfirm={() =>
              run(async () => {
                await accept({ variables });
                done();
              })
            }
          />
        ) : null}
        {actions.has('decline') ? (
          <ConfirmButton
            label={t('actions.decline')}
            accessibleLabel={t('actions.declineOf', { name })}
            title={t('actions.declineForm', { name })}
            confirmLabel={t('actions.declineSubmit')}
            reason={{ label: t('actions.declineReason'), validate: validateReason }}
            onConfirm={(reason) =>
              run(async () => {
                await decline({ variables: { ...variables, reason } });
                done();
              })
            }
          />
        ) : null}
        {actions.has('withdraw') ? (
          <ConfirmButton
            label={t('actions.withdraw')}
            accessibleLabel={t('actions.withdrawOf', { title })}
            message={t('actions.withdrawConfirm')}
            onConfirm={() =>
              run(async () => {
                await withdraw({ variables });
                done();
              })
            }
          />
        ) : null}
      </Group>
    </Stack>
  );
}

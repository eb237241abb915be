import { useMutation } from '@apollo/client/react';
import { Button, Group, Radio, Stack, Text } from '@mantine/core';
import { COLLABORATION_OUTCOMES, type CollaborationOutcome } from '@spillover/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { CompleteCollaborationDocument } from '../../generated/graphql';

interface CompleteCollaborationFormProps {
  collaborationId: string;
  /** Whether SOLVED would close a need (the hint is said only then). */
  fromNeed: boolean;
  onDone: () => void;
  onCancel: () => void;
}

/** Either side marks a collaboration completed with an outcome (the domain's list of outcomes). */
export function CompleteCollaborationForm({
  collaborationId,
  fromNeed,
  onDone,
  onCancel,
}: CompleteCollaborationFormProps) {
  const { t } = useTranslation('collaboration');
  const [outcome, setOutcome] = useState<CollaborationOutcome>('SOLVED');
  const [complete, { loading, error }] = useMutation(CompleteCollaborationDocument);

  const submit = async () => {
    try {
      await complete({ variables: { id: collaborationId, outcome } });
      onDone();
    } catch {
      // The refusal is shown by ErrorAlert from the mutation's error.
    }
  };

  return (
    <Stack gap="xs">
      <ErrorAlert error={error} />
      <Radio.Group
        label={t('complete.outcome')}
        value={outcome}
        onChange={(value) => setOutcome(value as CollaborationOutcome)}
      >
        <Stack gap={4} mt={4}>
          {COLLABORATION_OUTCOMES.map((value) => (
            <Radio key={value} value={value} label={t(`outcome.${value}`)} />
          ))}
        </Stack>
      </Radio.Group>
      {fromNeed && outcome === 'SOLVED' ? (
        <Text size="sm" c="dimmed">
          {t('complete.solvedHint')}
        </Text>
      ) : null}
      <Group gap="xs">
        <Button size="xs" loading={loading} onClick={() => void submit()}>
          {t('complete.submit')}
        </Button>
        <Button size="xs" variant="default" onClick={onCancel}>
          {t('complete.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}

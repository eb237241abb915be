import { useLazyQuery, useMutation } from '@apollo/client/react';
import { Button, Checkbox, Group, NumberInput, Stack, Table, Text, Title } from '@mantine/core';
import { CONFLICT_RULES, type ConflictRule } from '@spillover/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { useFormat } from '../../app/format';
import { DataTable } from '../../app/lists/DataTable';
import { useRowAction } from '../../app/lists/use-row-action';
import {
  ConflictCheckDocument,
  UpdateConflictSettingsDocument,
  type CallReviewPanelQuery,
} from '../../generated/graphql';

type Settings = CallReviewPanelQuery['call']['conflictSettings'];

/** The call's conflict rules, and the check a manager runs before and after inviting anyone. */
export function ConflictSection({ callId, settings }: { callId: string; settings: Settings }) {
  const { t } = useTranslation('review');
  const format = useFormat();
  const [rules, setRules] = useState<Record<ConflictRule, boolean>>(
    () => ({ ...(settings?.rules ?? {}) }) as Record<ConflictRule, boolean>,
  );
  const [lookback, setLookback] = useState<number>(settings?.lookbackYears ?? 3);
  const [save] = useMutation(UpdateConflictSettingsDocument);
  const [check, { data, loading }] = useLazyQuery(ConflictCheckDocument, {
    fetchPolicy: 'network-only',
  });
  const action = useRowAction();
  const conflicts = data?.conflictCheck ?? null;
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {t('panel.conflicts')}
      </Title>
      <ErrorAlert error={action.error} />
      <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
        <legend>
          <Text fw={500} size="sm">
            {t('panel.rules')}
          </Text>
        </legend>
        <Stack gap={4}>
          {CONFLICT_RULES.map((rule) => (
            <Checkbox
              key={rule}
              label={t(`rules.${rule}`)}
              checked={rules[rule] ?? true}
              onChange={(event) => {
                const checked = event.currentTarget.checked;
                setRules((current) => ({ ...current, [rule]: checked }));
              }}
            />
          ))}
        </Stack>
      </fieldset>
      <Group align="flex-end">
        <NumberInput
          label={t('panel.lookback')}
          min={0}
          max={20}
          allowDecimal={false}
          value={lookback}
          onChange={(value) => setLookback(typeof value === 'number' ? value : 0)}
          w={160}
        />
        <Button
          variant="default"
          size="sm"
          onClick={() =>
            void action.run(() =>
              save({ variables: { callId, input: { rules, lookbackYears: lookback } } }),
            )
          }
        >
          {t('panel.saveRules')}
        </Button>
        <Button
          size="sm"
          loading={loading}
          onClick={() => void action.run(() => check({ variables: { callId } }))}
        >
          {t('panel.runCheck')}
        </Button>
      </Group>
      {conflicts && conflicts.length === 0 ? <Text size="sm">{t('panel.noConflicts')}</Text> : null}
      {conflicts && conflicts.length > 0 ? (
        <DataTable
          columns={[
            t('panel.checkReviewer'),
            t('panel.checkApplication'),
            t('panel.checkRule'),
            t('panel.checkRecord'),
            t('panel.checkDate'),
            t('panel.checkOrganizations'),
          ]}
        >
          {conflicts.map((c) => (
            <Table.Tr key={`${c.userId}:${c.applicationId}:${c.rule}:${c.recordId}`}>
              <Table.Td>{c.userName}</Table.Td>
              <Table.Td>{c.applicationTitle}</Table.Td>
              <Table.Td>{t(`rules.${c.rule}`)}</Table.Td>
              <Table.Td>
                <Text size="sm">{t(`records.${c.recordKind}`)}</Text>
                <Text size="xs" c="dimmed">
                  {c.recordId}
                </Text>
              </Table.Td>
              <Table.Td>{c.recordDate ? format.date(c.recordDate) : '—'}</Table.Td>
              <Table.Td>{`${c.reviewerOrganizationName} ↔ ${c.consortiumOrganizationName}`}</Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      ) : null}
    </Stack>
  );
}

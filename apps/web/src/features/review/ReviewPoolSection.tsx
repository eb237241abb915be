import { useMutation } from '@apollo/client/react';
import { Badge, Divider, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { ConfirmButton } from '../../app/layout/ConfirmButton';
import { DataTable } from '../../app/lists/DataTable';
import { useRowAction } from '../../app/lists/use-row-action';
import { useReference } from '../../app/reference/reference-options';
import { RemoveCallReviewerDocument, type PoolMemberFragment } from '../../generated/graphql';
import { AddReviewerForm } from './AddReviewerForm';
import { EditReviewerButton } from './EditReviewerButton';

interface Props {
  callId: string;
  pool: readonly PoolMemberFragment[];
  onChange: () => void;
}

/**
 * The pool: who sits on the panel, with expertise and load, each editable while on it;
 * platform users added with the picker, experts invited by e-mail.
 */
export function ReviewPoolSection({ callId, pool, onChange }: Props) {
  const { t } = useTranslation('review');
  const [remove] = useMutation(RemoveCallReviewerDocument);
  const action = useRowAction();
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {t('panel.pool')}
      </Title>
      <ErrorAlert error={action.error} />
      {pool.length === 0 ? (
        <Text size="sm">{t('panel.poolEmpty')}</Text>
      ) : (
        <DataTable
          columns={[t('panel.name'), t('panel.expertise'), t('panel.load'), t('panel.status')]}
          actionsLabel={t('pool.actions')}
        >
          {pool.map((member) => {
            const name = member.displayName ?? member.email;
            const onPanel = member.status === 'ACTIVE' || member.status === 'INVITED';
            return (
              <Table.Tr key={member.id}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {member.email}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <ExpertiseSummary expertise={member.expertise} />
                </Table.Td>
                <Table.Td>{member.maxLoad}</Table.Td>
                {/* Kept whole: with two row actions the column would cut the word short. */}
                <Table.Td>
                  <Badge variant="light" miw="max-content">
                    {t(`reviewerStatuses.${member.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {onPanel ? (
                    <Group gap="xs" wrap="nowrap">
                      <EditReviewerButton member={member} onSaved={onChange} />
                      <ConfirmButton
                        label={t('panel.remove')}
                        accessibleLabel={`${t('panel.remove')} ${name}`}
                        message={t('panel.removeConfirm')}
                        onConfirm={() =>
                          action.run(async () => {
                            await remove({ variables: { id: member.id } });
                            onChange();
                          }, member.id)
                        }
                      />
                    </Group>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </DataTable>
      )}
      <Divider />
      <AddReviewerForm callId={callId} onAdded={onChange} />
    </Stack>
  );
}

/** Technology areas and sectors by name in the UI language, then the free text. */
function ExpertiseSummary({ expertise }: { expertise: PoolMemberFragment['expertise'] }) {
  const { t } = useTranslation('review');
  const reference = useReference();
  const empty =
    expertise.technologyCodes.length === 0 && expertise.sectors.length === 0 && !expertise.text;
  if (empty)
    return (
      <Text size="sm" c="dimmed">
        {t('pool.noExpertise')}
      </Text>
    );
  return (
    <Stack gap={2}>
      {expertise.technologyCodes.length > 0 ? (
        <Text size="sm">
          <Text span size="xs" c="dimmed">
            {t('pool.technologies')}:{' '}
          </Text>
          {expertise.technologyCodes.map((code) => reference.technologyLabel(code)).join(' · ')}
        </Text>
      ) : null}
      {expertise.sectors.length > 0 ? (
        <Text size="sm">
          <Text span size="xs" c="dimmed">
            {t('pool.sectors')}:{' '}
          </Text>
          {expertise.sectors.map((code) => reference.sectorLabel(code)).join(' · ')}
        </Text>
      ) : null}
      {expertise.text ? <Text size="sm">{expertise.text}</Text> : null}
    </Stack>
  );
}

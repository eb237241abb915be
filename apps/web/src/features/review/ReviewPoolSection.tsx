import { useMutation } from '@apollo/client/react';
import {
  Badge,
  Button,
  Group,
  NumberInput,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { ConfirmButton } from '../../app/layout/ConfirmButton';
import { DataTable } from '../../app/lists/DataTable';
import { useRowAction } from '../../app/lists/use-row-action';
import {
  AddCallReviewerDocument,
  RemoveCallReviewerDocument,
  type PoolMemberFragment,
} from '../../generated/graphql';

interface Props {
  callId: string;
  pool: readonly PoolMemberFragment[];
  onChange: () => void;
}

/** The pool: who sits on the panel, with expertise and load; invitations by e-mail. */
export function ReviewPoolSection({ callId, pool, onChange }: Props) {
  const { t } = useTranslation('review');
  const [add] = useMutation(AddCallReviewerDocument);
  const [remove] = useMutation(RemoveCallReviewerDocument);
  const action = useRowAction();
  const [email, setEmail] = useState('');
  const [text, setText] = useState('');
  const [maxLoad, setMaxLoad] = useState<number>(3);
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
          actionsLabel={t('panel.remove')}
        >
          {pool.map((member) => (
            <Table.Tr key={member.id}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {member.displayName ?? member.email}
                </Text>
                <Text size="xs" c="dimmed">
                  {member.email}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{member.expertise.text}</Text>
              </Table.Td>
              <Table.Td>{member.maxLoad}</Table.Td>
              <Table.Td>
                <Badge variant="light">{t(`reviewerStatuses.${member.status}`)}</Badge>
              </Table.Td>
              <Table.Td>
                {member.status === 'ACTIVE' || member.status === 'INVITED' ? (
                  <ConfirmButton
                    label={t('panel.remove')}
                    accessibleLabel={`${t('panel.remove')} ${member.displayName ?? member.email}`}
                    message={t('panel.removeConfirm')}
                    onConfirm={() =>
                      action.run(async () => {
                        await remove({ variables: { id: member.id } });
                        onChange();
                      }, member.id)
                    }
                  />
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      )}
      <form
        aria-label={t('panel.invite')}
        onSubmit={(event) => {
          event.preventDefault();
          void action.run(async () => {
            await add({
              variables: {
                callId,
                input: { email, maxLoad, expertise: { text, technologyCodes: [], sectors: [] } },
              },
            });
            setEmail('');
            setText('');
            onChange();
          });
        }}
      >
        <Stack gap="xs">
          <Title order={4} size="h5">
            {t('panel.invite')}
          </Title>
          <Text size="xs" c="dimmed">
            {t('panel.inviteHelp')}
          </Text>
          <Group align="flex-end">
            <TextInput
              type="email"
              required
              label={t('panel.inviteEmail')}
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
            />
            <NumberInput
              label={t('panel.maxLoad')}
              min={1}
              max={50}
              allowDecimal={false}
              value={maxLoad}
              onChange={(value) => setMaxLoad(typeof value === 'number' ? value : 1)}
              w={140}
            />
          </Group>
          <Textarea
            label={t('panel.expertiseText')}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
          />
          <Group>
            <Button type="submit" size="sm">
              {t('panel.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

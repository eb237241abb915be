import { useMutation } from '@apollo/client/react';
import { Button, Card, Group, List, Stack, TextInput, Title } from '@mantine/core';
import { localInZone, zonedInstant } from '@spillover/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { ConfirmButton } from '../../app/layout/ConfirmButton';
import { useRowAction } from '../../app/lists/use-row-action';
import {
  CloseCallDocument,
  ExtendCallDeadlineDocument,
  OpenCallDocument,
  type CallDetailFragment,
} from '../../generated/graphql';

/** What a manager of the call's cluster may do now: edit and open a draft, extend or close an open call. */
export function CallManagerPanel({ call }: { call: CallDetailFragment }) {
  const { t } = useTranslation('call');
  const [openCall] = useMutation(OpenCallDocument);
  const [closeCall] = useMutation(CloseCallDocument);
  const [extend] = useMutation(ExtendCallDeadlineDocument);
  const action = useRowAction();
  const zone = call.timeZone ?? 'UTC';
  const [deadline, setDeadline] = useState(() => localInZone(call.closesAt, zone));
  const actions = new Set(call.viewerActions);
  if (actions.size === 0 && call.status !== 'DRAFT') return null;
  return (
    <Card withBorder component="section" aria-labelledby="call-manage">
      <Stack gap="sm">
        <Title order={2} id="call-manage" size="h3">
          {t('page.manage')}
        </Title>
        <ErrorAlert error={action.error} />
        {call.status === 'DRAFT' && call.openProblems.length > 0 ? (
          <div>
            <Title order={3} size="h4">
              {t('page.openProblems')}
            </Title>
            <List size="sm">
              {call.openProblems.map((problem) => (
                <List.Item key={problem.field}>
                  {t(`fields.${problem.field}`, { defaultValue: problem.field })}: {problem.message}
                </List.Item>
              ))}
            </List>
          </div>
        ) : null}
        <Group>
          {call.status === 'DRAFT' ? (
            <Button component={Link} to={`/calls/${call.id}/edit`} variant="default" size="xs">
              {t('actions.edit')}
            </Button>
          ) : null}
          {actions.has('open') ? (
            <ConfirmButton
              label={t('actions.open')}
              color="blue"
              variant="filled"
              message={t('actions.openConfirm')}
              onConfirm={() => action.run(() => openCall({ variables: { id: call.id } }))}
            />
          ) : null}
          {actions.has('close') ? (
            <ConfirmButton
              label={t('actions.close')}
              message={t('actions.closeConfirm')}
              onConfirm={() => action.run(() => closeCall({ variables: { id: call.id } }))}
            />
          ) : null}
        </Group>
        {actions.has('extendDeadline') ? (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              const closesAt = zonedInstant(deadline, zone);
              if (closesAt) void action.run(() => extend({ variables: { id: call.id, closesAt } }));
            }}
          >
            <Group align="flex-end">
              <TextInput
                type="datetime-local"
                label={t('actions.newDeadline', { zone })}
                value={deadline}
                onChange={(event) => setDeadline(event.currentTarget.value)}
              />
              <Button type="submit" size="sm" variant="light">
                {t('actions.extend')}
              </Button>
            </Group>
          </form>
        ) : null}
      </Stack>
    </Card>
  );
}

import { useMutation } from '@apollo/client/react';
import { Button, Card, Group, Select, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../app/errors/ErrorAlert';
import { useRowAction } from '../../app/lists/use-row-action';
import { useViewer } from '../../app/viewer';
import { CreateApplicationDraftDocument } from '../../generated/graphql';

/** On an open call: a member of an organization starts an application it leads. */
export function StartApplication({ callId }: { callId: string }) {
  const { t } = useTranslation('application');
  const { viewer } = useViewer();
  const navigate = useNavigate();
  const organizations = (viewer?.memberships ?? []).map((m) => m.organization);
  const [lead, setLead] = useState<string | null>(organizations[0]?.id ?? null);
  const [title, setTitle] = useState('');
  const [create, { loading }] = useMutation(CreateApplicationDraftDocument);
  const action = useRowAction();
  if (organizations.length === 0) return null;
  return (
    <Card withBorder component="section" aria-labelledby="start-application">
      <Title order={2} size="h3" id="start-application" mb="xs">
        {t('start.title')}
      </Title>
      <ErrorAlert error={action.error} />
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const leadOrganizationId = lead ?? organizations[0]?.id;
          if (!leadOrganizationId) return;
          void action.run(async () => {
            const result = await create({
              variables: { callId, leadOrganizationId, input: { title } },
            });
            const id = result.data?.createApplicationDraft.id;
            if (id) void navigate(`/applications/${id}`);
          });
        }}
      >
        <Group align="flex-end">
          <Select
            label={t('start.lead')}
            data={organizations.map((o) => ({ value: o.id, label: o.name }))}
            value={lead ?? organizations[0]?.id ?? null}
            onChange={setLead}
            allowDeselect={false}
          />
          <TextInput
            label={t('start.titleLabel')}
            required
            value={title}
            onChange={(event) => setTitle(event.currentTarget.value)}
          />
          <Button type="submit" loading={loading}>
            {t('start.button')}
          </Button>
        </Group>
      </form>
    </Card>
  );
}

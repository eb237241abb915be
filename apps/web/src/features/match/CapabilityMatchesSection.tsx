import { Stack, Text, Title } from '@mantine/core';
import type { CapabilityStatus } from '@spillover/domain';
import { useTranslation } from 'react-i18next';
import { NeedMatchList } from './NeedMatchList';

interface CapabilityMatchesSectionProps {
  capability: { id: string; status: CapabilityStatus; viewerCanEdit: boolean };
}

/** On a capability's page: the open needs it could serve. Matching runs while it is published. */
export function CapabilityMatchesSection({ capability }: CapabilityMatchesSectionProps) {
  const { t } = useTranslation('match');
  return (
    <Stack gap="sm" component="section" aria-labelledby="capability-matches-heading">
      <Title order={2} size="h3" id="capability-matches-heading">
        {t('sections.forCapability')}
      </Title>
      {capability.status !== 'PUBLISHED' ? (
        <Text c="dimmed">
          {capability.status === 'DRAFT' ? t('list.capabilityDraft') : t('list.capabilityArchived')}
        </Text>
      ) : (
        <NeedMatchList capabilityId={capability.id} canAct={capability.viewerCanEdit} />
      )}
    </Stack>
  );
}

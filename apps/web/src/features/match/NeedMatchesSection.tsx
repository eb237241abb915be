import { Stack, Tabs, Text, Title } from '@mantine/core';
import type { NeedStatus } from '@spillover/domain';
import { useTranslation } from 'react-i18next';
import { CapabilityMatchList } from './CapabilityMatchList';
import { PartnerList } from './PartnerList';

interface NeedMatchesSectionProps {
  need: { id: string; status: NeedStatus; viewerCanEdit: boolean; organization?: { id: string } };
}

/**
 * On a need's page: the capabilities that could meet it and, in a second tab, the
 * organizations behind them ranked as partners. Matching runs while the need is open.
 */
export function NeedMatchesSection({ need }: NeedMatchesSectionProps) {
  const { t } = useTranslation('match');
  return (
    <Stack gap="sm" component="section" aria-labelledby="need-matches-heading">
      <Title order={2} size="h3" id="need-matches-heading">
        {t('sections.needMatches')}
      </Title>
      {need.status !== 'OPEN' ? (
        <Text c="dimmed">
          {need.status === 'DRAFT' ? t('list.needDraft') : t('list.needClosed')}
        </Text>
      ) : (
        <Tabs defaultValue="capabilities" keepMounted={false}>
          <Tabs.List aria-label={t('sections.needMatches')}>
            <Tabs.Tab value="capabilities">{t('sections.forNeed')}</Tabs.Tab>
            <Tabs.Tab value="partners">{t('sections.partners')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="capabilities" pt="md">
            <CapabilityMatchList
              needId={need.id}
              canAct={need.viewerCanEdit}
              organizationId={need.organization?.id}
            />
          </Tabs.Panel>
          <Tabs.Panel value="partners" pt="md">
            <Stack gap="xs">
              <Text size="sm" c="dimmed">
                {t('sections.partnersHint')}
              </Text>
              <PartnerList needId={need.id} canEdit={need.viewerCanEdit} />
            </Stack>
          </Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  );
}

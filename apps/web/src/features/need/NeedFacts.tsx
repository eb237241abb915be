import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format';
import { Fact } from '../../app/layout/Fact';
import { useReference } from '../../app/reference/reference-options';
import type { NeedDetailFragment } from '../../generated/graphql';

/** The public part of a need: what everyone who may see it reads. */
export function NeedFacts({ need }: { need: NeedDetailFragment }) {
  const { t } = useTranslation('need');
  const format = useFormat();
  const reference = useReference();
  const none = t('common:none');
  const budget = format.moneyRange(need.budgetMin, need.budgetMax, need.currency);
  return (
    <Stack gap="sm">
      {need.publicSummary ? (
        <Text style={{ whiteSpace: 'pre-line' }}>{need.publicSummary}</Text>
      ) : null}
      {need.desiredOutcome ? (
        <>
          <Title order={2} size="h4">
            {t('fields.desiredOutcome')}
          </Title>
          <Text style={{ whiteSpace: 'pre-line' }}>{need.desiredOutcome}</Text>
        </>
      ) : null}
      <Stack gap={6}>
        <Fact label={t('fields.technologyAreas')}>
          {need.technologyAreas.map((code) => reference.technologyLabel(code)).join(' · ') || none}
        </Fact>
        {need.sectors.length > 0 ? (
          <Fact label={t('fields.sectors')}>
            {need.sectors.map((code) => reference.sectorLabel(code)).join(' · ')}
          </Fact>
        ) : null}
        <Fact label={t('fields.currentTrl')}>
          {need.currentTrl != null ? reference.trlLabel(need.currentTrl) : none}
        </Fact>
        <Fact label={t('fields.targetTrl')}>
          {need.targetTrl != null ? reference.trlLabel(need.targetTrl) : none}
        </Fact>
        <Fact label={t('page.budget')}>{budget || none}</Fact>
        <Fact label={t('fields.responseDeadline')}>
          {need.responseDeadline ? (
            <time dateTime={need.responseDeadline}>{format.instant(need.responseDeadline)}</time>
          ) : (
            none
          )}
        </Fact>
        <Fact label={t('fields.collaborationTypes')}>
          {need.collaborationTypes.map((type) => t(`collaborationTypes.${type}`)).join(' · ') ||
            none}
        </Fact>
        {need.internationalPartnersWelcome ? (
          <Fact label={t('page.internationalWelcome')}>{t('page.internationalWelcomeYes')}</Fact>
        ) : null}
        {need.publishedAt ? (
          <Fact label={t('page.publishedAt')}>{format.date(need.publishedAt)}</Fact>
        ) : null}
      </Stack>
    </Stack>
  );
}

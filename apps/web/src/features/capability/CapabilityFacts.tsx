import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format';
import { Fact } from '../../app/layout/Fact';
import { useReference } from '../../app/reference/reference-options';
import type { CapabilityDetailFragment } from '../../generated/graphql';

/** What everyone who may see the capability reads, the kind's own facts included. */
export function CapabilityFacts({ capability }: { capability: CapabilityDetailFragment }) {
  const { t } = useTranslation('capability');
  const format = useFormat();
  const reference = useReference();
  const c = capability;
  return (
    <Stack gap="sm">
      {c.description ? <Text style={{ whiteSpace: 'pre-line' }}>{c.description}</Text> : null}
      <Stack gap={6}>
        {c.model ? <Fact label={t('fields.model')}>{c.model}</Fact> : null}
        {c.location ? <Fact label={t('fields.location')}>{c.location}</Fact> : null}
        {c.bookingTerms ? <Fact label={t('fields.bookingTerms')}>{c.bookingTerms}</Fact> : null}
        {c.patentNumber ? <Fact label={t('fields.patentNumber')}>{c.patentNumber}</Fact> : null}
        {c.licensingStatus ? (
          <Fact label={t('fields.licensingStatus')}>
            {t(`licensingStatuses.${c.licensingStatus}`)}
          </Fact>
        ) : null}
        <Fact label={t('fields.technologyAreas')}>
          {c.technologyAreas.map((code) => reference.technologyLabel(code)).join(' · ') ||
            t('common:none')}
        </Fact>
        {c.sectors.length > 0 ? (
          <Fact label={t('fields.sectors')}>
            {c.sectors.map((code) => reference.sectorLabel(code)).join(' · ')}
          </Fact>
        ) : null}
        {c.trl != null ? <Fact label={t('fields.trl')}>{reference.trlLabel(c.trl)}</Fact> : null}
        {c.availability ? <Fact label={t('fields.availability')}>{c.availability}</Fact> : null}
        {c.contactName || c.contactEmail ? (
          <Fact label={t('page.contact')}>
            {c.contactName}
            {c.contactName && c.contactEmail ? ' · ' : null}
            {c.contactEmail ? (
              <Anchor href={`mailto:${c.contactEmail}`}>{c.contactEmail}</Anchor>
            ) : null}
          </Fact>
        ) : null}
        {c.publishedAt ? (
          <Fact label={t('page.publishedAt')}>{format.date(c.publishedAt)}</Fact>
        ) : null}
      </Stack>
    </Stack>
  );
}

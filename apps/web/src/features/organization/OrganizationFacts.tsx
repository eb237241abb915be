import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useReference } from '../../app/reference/reference-options';
import type { OrganizationSummaryFragment } from '../../generated/graphql';

/** Kind, size, place, sectors and technology areas of an organization, labelled in the UI language. */
export function OrganizationFacts({ organization }: { organization: OrganizationSummaryFragment }) {
  const { t } = useTranslation('organization');
  const reference = useReference();
  const place = [
    reference.regionLabel(organization.region),
    reference.countryLabel(organization.country),
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Badge variant="light">{t(`kinds.${organization.kind}`)}</Badge>
        {organization.size ? (
          <Badge variant="outline">{t(`sizes.${organization.size}`)}</Badge>
        ) : null}
        <Text size="sm" c="dimmed">
          {place}
        </Text>
      </Group>
      {organization.sectors.length > 0 ? (
        <Text size="sm">
          <Text span fw={600}>
            {t('fields.sectors')}:{' '}
          </Text>
          {organization.sectors.map((code) => reference.sectorLabel(code)).join(' · ')}
        </Text>
      ) : null}
      {organization.technologyAreas.length > 0 ? (
        <Text size="sm">
          <Text span fw={600}>
            {t('fields.technologyAreas')}:{' '}
          </Text>
          {organization.technologyAreas.map((code) => reference.technologyLabel(code)).join(' · ')}
        </Text>
      ) : null}
      {organization.website ? (
        <Text size="sm">
          <Text span fw={600}>
            {t('fields.website')}:{' '}
          </Text>
          <Anchor href={organization.website} target="_blank" rel="noopener noreferrer">
            {organization.website}
          </Anchor>
        </Text>
      ) : null}
    </Stack>
  );
}

import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Fact } from '../../app/layout/Fact';
import { useReference } from '../../app/reference/reference-options';
import type { OrganizationSummaryFragment } from '../../generated/graphql';

/** Kind, size, place, sectors and technology areas of an organization, labelled in the UI language. */
export function OrganizationFacts({ organization }: { organization: OrganizationSummaryFragment }) {
  const { t } = useTranslation('organization');
  const reference = useReference();
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Badge variant="light">{t(`kinds.${organization.kind}`)}</Badge>
        {organization.size ? (
          <Badge variant="outline">{t(`sizes.${organization.size}`)}</Badge>
        ) : null}
        <Text size="sm" c="dimmed">
          {reference.placeLabel(organization)}
        </Text>
      </Group>
      {organization.sectors.length > 0 ? (
        <Fact label={t('fields.sectors')}>
          {organization.sectors.map((code) => reference.sectorLabel(code)).join(' · ')}
        </Fact>
      ) : null}
      {organization.technologyAreas.length > 0 ? (
        <Fact label={t('fields.technologyAreas')}>
          {organization.technologyAreas.map((code) => reference.technologyLabel(code)).join(' · ')}
        </Fact>
      ) : null}
      {organization.website ? (
        <Fact label={t('fields.website')}>
          <Anchor href={organization.website} target="_blank" rel="noopener noreferrer">
            {organization.website}
          </Anchor>
        </Fact>
      ) : null}
    </Stack>
  );
}

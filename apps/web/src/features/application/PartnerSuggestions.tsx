import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApplicationSuggestionsQuery } from '../../generated/graphql';
import { useReference } from '../../app/reference/reference-options';
import { useFormat } from '../../app/format';

type Suggestion = ApplicationSuggestionsQuery['application']['partnerSuggestions'][number];

/** For each failed rule a partner could fix: organizations that would, ranked by matching. */
export function PartnerSuggestions({
  suggestions,
  onInvite,
  busy,
}: {
  suggestions: readonly Suggestion[];
  onInvite: (organizationId: string) => void;
  busy: boolean;
}) {
  const { t } = useTranslation(['application', 'organization']);
  const reference = useReference();
  const format = useFormat();
  return (
    <section aria-labelledby="application-suggestions" data-section="suggestions">
      <Title order={2} id="application-suggestions" size="h3" mb="xs">
        {t('suggestions.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('suggestions.intro')}
      </Text>
      {suggestions.every((s) => s.organizations.length === 0) ? (
        <Text size="sm">{t('suggestions.none')}</Text>
      ) : (
        <Stack gap="sm">
          {suggestions
            .filter((s) => s.organizations.length > 0)
            .map((suggestion) => (
              <Card key={suggestion.rule} withBorder data-suggestions-for={suggestion.rule}>
                <Title order={3} size="h5" mb="xs">
                  {t('suggestions.for', { rule: t(`rules.${suggestion.rule}`) })}
                </Title>
                <Stack gap={6}>
                  {suggestion.organizations.map(({ organization, score }) => (
                    <Group key={organization.id} justify="space-between" wrap="nowrap">
                      <div>
                        <Text fw={500}>{organization.name}</Text>
                        <Text size="sm" c="dimmed">
                          {t(`organization:kinds.${organization.kind}`)} ·{' '}
                          {reference.countryLabel(organization.country)} ·{' '}
                          {t('suggestions.score', {
                            score: format.number(Math.round(score * 100)),
                          })}
                        </Text>
                      </div>
                      <Button
                        size="xs"
                        variant="light"
                        disabled={busy}
                        onClick={() => onInvite(organization.id)}
                        aria-label={t('suggestions.invite', { name: organization.name })}
                      >
                        {t('partners.inviteButton')}
                      </Button>
                    </Group>
                  ))}
                </Stack>
              </Card>
            ))}
        </Stack>
      )}
    </section>
  );
}

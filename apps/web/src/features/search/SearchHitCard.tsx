import { Anchor, Badge, Card, Group, Text, Title } from '@mantine/core';
import type { SearchKind } from '@spillover/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../app/format';
import type { SearchHitFieldsFragment } from '../../generated/graphql';
import { HighlightedText } from './HighlightedText';

const PATHS: Record<SearchKind, string> = {
  NEED: '/needs',
  CAPABILITY: '/capabilities',
  ORGANIZATION: '/organizations',
};

const KIND_COLORS: Record<SearchKind, string> = {
  NEED: 'grape',
  CAPABILITY: 'blue',
  ORGANIZATION: 'gray',
};

/** One result: a heading that links to the item, what it is, and where the words matched. */
export function SearchHitCard({ hit }: { hit: SearchHitFieldsFragment }) {
  const { t } = useTranslation('search');
  const format = useFormat();
  const trl =
    hit.trlMin != null && hit.trlMax != null
      ? hit.trlMin === hit.trlMax
        ? t('hit.trlOne', { trl: hit.trlMin })
        : t('hit.trl', { min: hit.trlMin, max: hit.trlMax })
      : null;
  return (
    <Card withBorder component="li">
      <Group gap="xs" mb={4}>
        <Badge variant="light" color={KIND_COLORS[hit.kind]}>
          {t(`kinds.${hit.kind}`)}
        </Badge>
        {hit.capabilityKind ? (
          <Badge variant="outline">{t(`capability:kinds.${hit.capabilityKind}`)}</Badge>
        ) : null}
        {hit.status ? <Badge variant="default">{t(`statuses.${hit.status}`)}</Badge> : null}
      </Group>
      <Title order={2} size="h4">
        <Anchor component={Link} to={`${PATHS[hit.kind]}/${hit.id}`}>
          {hit.title}
        </Anchor>
      </Title>
      <Group gap="md" c="dimmed">
        {hit.kind !== 'ORGANIZATION' ? (
          <Text size="sm">{t('hit.postedBy', { name: hit.organizationName })}</Text>
        ) : null}
        {trl ? <Text size="sm">{trl}</Text> : null}
        {hit.deadline ? (
          <Text size="sm">{t('hit.deadline', { date: format.date(hit.deadline) })}</Text>
        ) : null}
      </Group>
      {hit.snippet.text ? (
        <Text size="sm" mt="xs">
          <HighlightedText text={hit.snippet.text} highlights={hit.snippet.highlights} />
        </Text>
      ) : null}
    </Card>
  );
}

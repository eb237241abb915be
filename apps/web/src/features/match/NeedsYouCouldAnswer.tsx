import { useQuery } from '@apollo/client/react';
import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NeedsYouCouldAnswerDocument } from '../../generated/graphql';
import { ExpressInterest } from '../interest/ExpressInterest';
import { MatchActions } from './MatchActions';
import { MatchListFrame, controlsOf } from './MatchListFrame';
import { NeedMatchCard } from './NeedMatchCard';
import { useMatchLanguage } from './use-match-language';

/**
 * Open needs of other organizations that this organization's capabilities could answer,
 * each with the best of its capabilities. Only for its members: the API refuses others.
 */
export function NeedsYouCouldAnswer({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation('match');
  const language = useMatchLanguage();
  const result = useQuery(NeedsYouCouldAnswerDocument, { variables: { organizationId, language } });

  return (
    <Stack gap="sm" component="section" aria-labelledby="answerable-heading">
      <Title order={2} size="h3" id="answerable-heading">
        {t('sections.answerable')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('sections.answerableHint')}
      </Text>
      <MatchListFrame
        connection={result.data?.needsYouCouldAnswer}
        loading={result.loading}
        error={result.error}
        query={controlsOf(result)}
        // This list is put together from the capabilities' lists on every read: it has no
        // refresh time of its own.
        label={t('sections.answerable')}
        empty={t('list.emptyAnswerable')}
        keyOf={(node) => node.need.id}
        pairOf={(node) => ({
          needId: node.need.id,
          capabilityId: node.capability.id,
          side: 'CAPABILITY_OWNER',
        })}
        titleOf={(node) => node.need.title}
        renderCard={(node, context) => (
          <NeedMatchCard
            match={node}
            showCapability
            focusTitle={context.focusTitle}
            actions={
              <Stack gap="xs">
                <MatchActions
                  pair={{
                    needId: node.need.id,
                    capabilityId: node.capability.id,
                    side: 'CAPABILITY_OWNER',
                  }}
                  title={node.need.title}
                  bookmarked={node.bookmarked}
                  onDismissed={context.onDismissed}
                />
                <ExpressInterest
                  listing={{
                    kind: 'NEED',
                    id: node.need.id,
                    title: node.need.title,
                    organizationId: node.need.organization.id,
                    status: 'OPEN',
                    deadline: node.need.responseDeadline,
                  }}
                  senderOrganizationId={organizationId}
                  match={{
                    needId: node.need.id,
                    capabilityId: node.capability.id,
                    reasons: node.reasons,
                  }}
                />
              </Stack>
            }
          />
        )}
      />
    </Stack>
  );
}

import { useQuery } from '@apollo/client/react';
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MatchesForNeedDocument } from '../../generated/graphql';
import { ExpressInterest } from '../interest/ExpressInterest';
import { EmptyNeedMatches } from './EmptyNeedMatches';
import { MatchActions } from './MatchActions';
import { MatchCard } from './MatchCard';
import { MatchListFrame, controlsOf } from './MatchListFrame';
import { useMatchLanguage } from './use-match-language';

interface CapabilityMatchListProps {
  needId: string;
  /** The viewer belongs to the need's owner: bookmark and dismiss. */
  canAct: boolean;
  /** The need's organization: a firm may express interest in a capability from its card. */
  organizationId?: string;
}

/** Capabilities that could meet a need, best first, with their reasons. */
export function CapabilityMatchList({ needId, canAct, organizationId }: CapabilityMatchListProps) {
  const { t } = useTranslation('match');
  const language = useMatchLanguage();
  const result = useQuery(MatchesForNeedDocument, { variables: { needId, language } });

  return (
    <MatchListFrame
      connection={result.data?.matchesForNeed}
      loading={result.loading}
      error={result.error}
      query={controlsOf(result)}
      listing={{ needId }}
      label={t('sections.forNeed')}
      empty={<EmptyNeedMatches message={t('list.emptyForNeed')} needId={needId} canEdit={canAct} />}
      keyOf={(node) => node.capability.id}
      pairOf={(node) =>
        canAct ? { needId, capabilityId: node.capability.id, side: 'NEED_OWNER' } : null
      }
      titleOf={(node) => node.capability.title}
      renderCard={(node, context) => {
        const { capability } = node;
        const facts = [
          t(`capability:kinds.${capability.kind}`),
          t('card.offeredBy', { name: capability.organization.name }),
          capability.trl != null ? t('card.trl', { trl: capability.trl }) : null,
        ];
        return (
          <MatchCard
            title={capability.title}
            href={`/capabilities/${capability.id}`}
            meta={facts.filter(Boolean).join(' · ')}
            score={node.score}
            learned={node.learned}
            reasons={node.reasons}
            components={node.components}
            focusTitle={context.focusTitle}
            actions={
              canAct ? (
                <Stack gap="xs">
                  <MatchActions
                    pair={{ needId, capabilityId: capability.id, side: 'NEED_OWNER' }}
                    title={capability.title}
                    bookmarked={node.bookmarked}
                    onDismissed={context.onDismissed}
                  />
                  {organizationId ? (
                    <ExpressInterest
                      listing={{
                        kind: 'CAPABILITY',
                        id: capability.id,
                        title: capability.title,
                        organizationId: capability.organization.id,
                        status: 'PUBLISHED',
                      }}
                      senderOrganizationId={organizationId}
                      match={{ needId, capabilityId: capability.id, reasons: node.reasons }}
                    />
                  ) : null}
                </Stack>
              ) : undefined
            }
          />
        );
      }}
    />
  );
}

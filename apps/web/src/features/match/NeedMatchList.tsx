import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MatchesForCapabilityDocument } from '../../generated/graphql';
import { MatchActions } from './MatchActions';
import { MatchListFrame, controlsOf } from './MatchListFrame';
import { NeedMatchCard } from './NeedMatchCard';
import { useMatchLanguage } from './use-match-language';

interface NeedMatchListProps {
  capabilityId: string;
  /** The viewer belongs to the capability's owner: bookmark and dismiss. */
  canAct: boolean;
}

/** Open needs a capability could serve, best first, with their reasons. */
export function NeedMatchList({ capabilityId, canAct }: NeedMatchListProps) {
  const { t } = useTranslation('match');
  const language = useMatchLanguage();
  const result = useQuery(MatchesForCapabilityDocument, { variables: { capabilityId, language } });

  return (
    <MatchListFrame
      connection={result.data?.matchesForCapability}
      loading={result.loading}
      error={result.error}
      query={controlsOf(result)}
      listing={{ capabilityId }}
      label={t('sections.forCapability')}
      empty={t('list.emptyForCapability')}
      keyOf={(node) => node.need.id}
      pairOf={(node) =>
        canAct ? { needId: node.need.id, capabilityId, side: 'CAPABILITY_OWNER' } : null
      }
      titleOf={(node) => node.need.title}
      renderCard={(node, context) => (
        <NeedMatchCard
          match={node}
          focusTitle={context.focusTitle}
          actions={
            canAct ? (
              <MatchActions
                pair={{ needId: node.need.id, capabilityId, side: 'CAPABILITY_OWNER' }}
                title={node.need.title}
                bookmarked={node.bookmarked}
                onDismissed={context.onDismissed}
              />
            ) : undefined
          }
        />
      )}
    />
  );
}

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/format';
import type { NeedMatchFieldsFragment } from '../../generated/graphql';
import { MatchCard } from './MatchCard';

interface NeedMatchCardProps {
  match: NeedMatchFieldsFragment;
  /** Name the viewer's capability it matched ("needs you could answer"). */
  showCapability?: boolean;
  focusTitle: boolean;
  actions?: ReactNode;
}

/** A need suggested to a capability's owner: who posted it and until when it is open. */
export function NeedMatchCard({
  match,
  showCapability = false,
  focusTitle,
  actions,
}: NeedMatchCardProps) {
  const { t } = useTranslation('match');
  const format = useFormat();
  const { need } = match;
  const facts = [
    t('card.postedBy', { name: need.organization.name }),
    need.responseDeadline ? t('card.deadline', { date: format.date(need.responseDeadline) }) : null,
    showCapability ? t('card.forCapability', { title: match.capability.title }) : null,
  ];
  return (
    <MatchCard
      title={need.title}
      href={`/needs/${need.id}`}
      meta={facts.filter(Boolean).join(' · ')}
      score={match.score}
      learned={match.learned}
      reasons={match.reasons}
      components={match.components}
      focusTitle={focusTitle}
      actions={actions}
    />
  );
}

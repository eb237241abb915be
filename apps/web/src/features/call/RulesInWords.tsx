import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCallWords, type KeyedWords } from './call-words';

interface RulesInWordsProps {
  sentences: readonly KeyedWords[];
  clusterNames?: ReadonlyMap<string, string>;
  /** Shown when there is no rule. */
  empty?: string;
}

/** The call's rules as sentences, in the order eligibility checks them. */
export function RulesInWords({ sentences, clusterNames, empty }: RulesInWordsProps) {
  const { t } = useTranslation('call');
  const words = useCallWords(clusterNames);
  if (sentences.length === 0) return <Text c="dimmed">{empty ?? t('page.noRules')}</Text>;
  return (
    <List spacing="xs">
      {sentences.map((sentence, index) => (
        <List.Item key={`${sentence.key}-${index}`}>{words(sentence)}</List.Item>
      ))}
    </List>
  );
}

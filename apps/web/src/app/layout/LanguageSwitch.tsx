import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { LANGUAGES, type Language } from '@spillover/domain';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { UpdateProfileDocument } from '../../generated/graphql';
import { currentLanguage, LANGUAGE_STORAGE_KEY } from '../i18n/i18n';
import { useViewer } from '../viewer';

const NAMES: Record<Language, string> = { en: 'EN', ko: '한국어' };

/**
 * Switches the UI language, remembers it in this browser and, when signed in, saves it as
 * the user's preferred language (used for e-mails too).
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { viewer } = useViewer();
  const [updateProfile] = useMutation(UpdateProfileDocument);
  const active = currentLanguage(i18n);

  const choose = async (language: Language) => {
    if (language === active) return;
    await i18n.changeLanguage(language);
    try {
      window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
    } catch {
      // Private browsing may refuse storage; the choice still holds for this visit.
    }
    if (viewer && viewer.user.preferredLanguage !== language) {
      updateProfile({ variables: { input: { preferredLanguage: language } } }).catch(() =>
        notifications.show({ color: 'red', message: i18n.t('common:language.saveFailed') }),
      );
    }
  };

  return (
    <Group gap={4} role="group" aria-label={t('common:language.label')}>
      {LANGUAGES.map((language) => (
        <Button
          key={language}
          size="compact-sm"
          variant={language === active ? 'filled' : 'subtle'}
          aria-pressed={language === active}
          lang={language}
          onClick={() => void choose(language)}
        >
          {NAMES[language]}
        </Button>
      ))}
    </Group>
  );
}

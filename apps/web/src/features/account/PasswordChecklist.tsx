import { List, Text, ThemeIcon, VisuallyHidden } from '@mantine/core';
import { checkPassword, PASSWORD_CHECK_LABELS, type PasswordContext } from '@spillover/domain';
import { useTranslation } from 'react-i18next';

interface PasswordChecklistProps {
  id: string;
  password: string;
  context?: PasswordContext;
}

/** Ticks off the domain's password checks as the user types. */
export function PasswordChecklist({ id, password, context }: PasswordChecklistProps) {
  const { t } = useTranslation('account');
  const results = checkPassword(password, context);
  return (
    <div id={id}>
      <Text size="sm" fw={500} mb={4}>
        {t('passwordChecklist.title')}
      </Text>
      <List size="sm" spacing={2} center>
        {results.map(({ check, ok }) => (
          <List.Item
            key={check}
            data-check={check}
            data-ok={ok}
            icon={
              <ThemeIcon color={ok ? 'teal' : 'gray'} size={18} radius="xl" aria-hidden>
                {ok ? '✓' : '•'}
              </ThemeIcon>
            }
          >
            <VisuallyHidden>
              {ok ? t('passwordChecklist.met') : t('passwordChecklist.notMet')}
            </VisuallyHidden>
            <Text span size="sm" c={ok ? undefined : 'dimmed'}>
              {t(`passwordRequirement.${check}`, { defaultValue: PASSWORD_CHECK_LABELS[check] })}
            </Text>
          </List.Item>
        ))}
      </List>
    </div>
  );
}

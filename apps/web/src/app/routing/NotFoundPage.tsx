import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../layout/Page';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('common:notFound.title')}>
      <Text>{t('common:notFound.body')}</Text>
      <Anchor component={Link} to="/">
        {t('common:notFound.home')}
      </Anchor>
    </Page>
  );
}

import { Alert, Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Why a page cannot be shown, announced, and the way back home. */
export function Refusal({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Alert color="red" role="alert">
        {message}
      </Alert>
      <Anchor component={Link} to="/">
        {t('common:notFound.home')}
      </Anchor>
    </>
  );
}

import { Button, Menu } from '@mantine/core';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { LogOutDocument } from '../../generated/graphql';
import type { ViewerData } from '../viewer';

const ACCOUNT_LINKS = [
  { to: '/my/organizations', label: 'myOrganizations' },
  { to: '/invitations', label: 'invitations' },
  { to: '/account/password', label: 'changePassword' },
  { to: '/account/tokens', label: 'apiTokens' },
] as const;

export function UserMenu({ viewer }: { viewer: ViewerData }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logOut] = useMutation(LogOutDocument);

  const signOut = async () => {
    try {
      await logOut();
    } catch {
      notifications.show({ color: 'red', message: t('common:errors.UNKNOWN') });
      return;
    }
    await client.clearStore();
    await navigate('/');
    await client.refetchQueries({ include: 'active' });
  };

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="light"
          aria-label={t('common:nav.accountMenu', { name: viewer.user.displayName })}
        >
          {viewer.user.displayName}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{viewer.user.email}</Menu.Label>
        {ACCOUNT_LINKS.map(({ to, label }) => (
          <Menu.Item key={to} component={Link} to={to}>
            {t(`common:nav.${label}`)}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item onClick={() => void signOut()}>{t('common:nav.signOut')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

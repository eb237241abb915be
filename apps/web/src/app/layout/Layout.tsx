import { Anchor, Badge, Box, Button, Container, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { MessagesLink } from '../../features/conversation/MessagesLink';
import { NotificationBell } from '../../features/notification/NotificationBell';
import { useViewer } from '../viewer';
import { LanguageSwitch } from './LanguageSwitch';
import classes from './Layout.module.css';
import { UserMenu } from './UserMenu';

function NavItem({ to, label, badge }: { to: string; label: string; badge?: number }) {
  return (
    <Anchor component={NavLink} to={to} className={classes.navLink} end={to === '/'}>
      {label}
      {badge ? (
        <Badge size="sm" ml={6} circle aria-hidden>
          {badge}
        </Badge>
      ) : null}
    </Anchor>
  );
}

export function Layout() {
  const { t } = useTranslation();
  const { viewer, isAdmin } = useViewer();
  const invitations =
    viewer?.pendingInvitations.filter((invitation) => invitation.status === 'PENDING').length ?? 0;

  return (
    <>
      <a href="#main" className={classes.skipLink}>
        {t('common:nav.skip')}
      </a>
      <Box component="header" className={classes.header}>
        <Container size="lg">
          <Group justify="space-between" py="sm" wrap="wrap" gap="sm">
            <Group gap="lg" wrap="wrap">
              <Anchor component={Link} to="/" className={classes.brand} underline="never">
                {t('common:appName')}
              </Anchor>
              <Group component="nav" aria-label={t('common:nav.label')} gap="md" wrap="wrap">
                <NavItem to="/search" label={t('common:nav.search')} />
                <NavItem to="/organizations" label={t('common:nav.organizations')} />
                <NavItem to="/clusters" label={t('common:nav.clusters')} />
                {viewer ? <NavItem to="/calls" label={t('common:nav.calls')} /> : null}
                {viewer ? (
                  <NavItem
                    to="/consortium-invitations"
                    label={t('common:nav.consortiumInvitations')}
                  />
                ) : null}
                {viewer ? <NavItem to="/reviews" label={t('review:nav')} /> : null}
                {viewer ? (
                  <NavItem to="/my/organizations" label={t('common:nav.myOrganizations')} />
                ) : null}
                {viewer ? <NavItem to="/interests" label={t('interest:mine.nav')} /> : null}
                {viewer ? (
                  <NavItem
                    to="/invitations"
                    label={
                      invitations
                        ? t('common:nav.invitationsCount', { count: invitations })
                        : t('common:nav.invitations')
                    }
                  />
                ) : null}
                {isAdmin ? <NavItem to="/admin" label={t('common:nav.admin')} /> : null}
              </Group>
            </Group>
            <Group gap="sm">
              <LanguageSwitch />
              {viewer ? <MessagesLink /> : null}
              {viewer ? <NotificationBell /> : null}
              {viewer ? (
                <UserMenu viewer={viewer} />
              ) : (
                <>
                  <Button component={Link} to="/sign-in" variant="default" size="sm">
                    {t('common:nav.signIn')}
                  </Button>
                  <Button component={Link} to="/sign-up" size="sm">
                    {t('common:nav.signUp')}
                  </Button>
                </>
              )}
            </Group>
          </Group>
        </Container>
      </Box>
      <Container size="lg" py="lg" component="main" id="main" tabIndex={-1}>
        <Outlet />
      </Container>
      <Box component="footer" className={classes.footer}>
        <Container size="lg" py="md">
          <Text size="sm" c="dimmed">
            {t('common:footer')}
          </Text>
        </Container>
      </Box>
    </>
  );
}

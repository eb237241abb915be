import type { RouteObject } from 'react-router';
import { ApiTokensPage } from '../../features/account/ApiTokensPage';
import { ChangePasswordPage } from '../../features/account/ChangePasswordPage';
import { ForgotPasswordPage } from '../../features/account/ForgotPasswordPage';
import { ResetPasswordPage } from '../../features/account/ResetPasswordPage';
import { SignInPage } from '../../features/account/SignInPage';
import { SignUpPage } from '../../features/account/SignUpPage';
import { VerifyEmailPage } from '../../features/account/VerifyEmailPage';
import { AdminPage } from '../../features/admin/AdminPage';
import { AdminImportPage } from '../../features/import/AdminImportPage';
import { ImportPage } from '../../features/import/ImportPage';
import { AuditEventsPage } from '../../features/admin/AuditEventsPage';
import { ClusterManagersPage } from '../../features/admin/ClusterManagersPage';
import { CreateClusterPage } from '../../features/admin/CreateClusterPage';
import { EmailOutboxPage } from '../../features/admin/EmailOutboxPage';
import { NotificationPreferencesPage } from '../../features/notification/NotificationPreferencesPage';
import { NotificationsPage } from '../../features/notification/NotificationsPage';
import { MyInterestsPage } from '../../features/interest/MyInterestsPage';
import { ConversationPage } from '../../features/conversation/ConversationPage';
import { ConversationsPage } from '../../features/conversation/ConversationsPage';
import { ReportedConversationsPage } from '../../features/conversation/ReportedConversationsPage';
import { CapabilityPage } from '../../features/capability/CapabilityPage';
import {
  EditCapabilityPage,
  NewCapabilityPage,
} from '../../features/capability/CapabilityFormPage';
import { ApplicationPage } from '../../features/application/ApplicationPage';
import { ApplicationResultPage } from '../../features/award/ApplicationResultPage';
import { CallAwardPage } from '../../features/award/CallAwardPage';
import { ConsortiumInvitationsPage } from '../../features/application/ConsortiumInvitationsPage';
import { CallListPage } from '../../features/call/CallListPage';
import { MyReviewsPage } from '../../features/review/MyReviewsPage';
import { ReviewPage } from '../../features/review/ReviewPage';
import { CallPage } from '../../features/call/CallPage';
import { EditCallPage, NewCallPage } from '../../features/call/CallSetupPage';
import { ClusterDirectoryPage } from '../../features/cluster/ClusterDirectoryPage';
import { ClusterPage } from '../../features/cluster/ClusterPage';
import { PartnershipPage } from '../../features/partnership/PartnershipPage';
import { HomePage } from '../../features/home/HomePage';
import { BookmarksPage } from '../../features/match/BookmarksPage';
import { EditNeedPage, NewNeedPage } from '../../features/need/NeedFormPage';
import { NeedPage } from '../../features/need/NeedPage';
import { InvitationsPage } from '../../features/organization/InvitationsPage';
import { MyOrganizationsPage } from '../../features/organization/MyOrganizationsPage';
import { OrganizationDirectoryPage } from '../../features/organization/OrganizationDirectoryPage';
import {
  CreateOrganizationPage,
  EditOrganizationPage,
} from '../../features/organization/OrganizationFormPage';
import { OrganizationPage } from '../../features/organization/OrganizationPage';
import { SavedSearchesPage } from '../../features/search/SavedSearchesPage';
import { SearchPage } from '../../features/search/SearchPage';
import { Layout } from '../layout/Layout';
import { NotFoundPage } from './NotFoundPage';
import { RequireAuth } from './RequireAuth';
import { RouteError } from './RouteError';

/** Browser routes without a base path: the API serves the app at / on the same origin. */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'sign-up', element: <SignUpPage /> },
      { path: 'sign-in', element: <SignInPage /> },
      { path: 'account/verify-email', element: <VerifyEmailPage /> },
      { path: 'account/forgot-password', element: <ForgotPasswordPage /> },
      { path: 'account/reset-password', element: <ResetPasswordPage /> },
      {
        path: 'account/password',
        element: (
          <RequireAuth>
            <ChangePasswordPage />
          </RequireAuth>
        ),
      },
      {
        path: 'account/tokens',
        element: (
          <RequireAuth>
            <ApiTokensPage />
          </RequireAuth>
        ),
      },
      { path: 'organizations', element: <OrganizationDirectoryPage /> },
      {
        path: 'organizations/new',
        element: (
          <RequireAuth>
            <CreateOrganizationPage />
          </RequireAuth>
        ),
      },
      { path: 'organizations/:id', element: <OrganizationPage /> },
      {
        path: 'organizations/:id/edit',
        element: (
          <RequireAuth>
            <EditOrganizationPage />
          </RequireAuth>
        ),
      },
      {
        path: 'my/organizations',
        element: (
          <RequireAuth>
            <MyOrganizationsPage />
          </RequireAuth>
        ),
      },
      {
        path: 'invitations',
        element: (
          <RequireAuth>
            <InvitationsPage />
          </RequireAuth>
        ),
      },
      {
        path: 'needs/new',
        element: (
          <RequireAuth>
            <NewNeedPage />
          </RequireAuth>
        ),
      },
      { path: 'needs/:id', element: <NeedPage /> },
      {
        path: 'needs/:id/edit',
        element: (
          <RequireAuth>
            <EditNeedPage />
          </RequireAuth>
        ),
      },
      {
        path: 'capabilities/new',
        element: (
          <RequireAuth>
            <NewCapabilityPage />
          </RequireAuth>
        ),
      },
      { path: 'capabilities/:id', element: <CapabilityPage /> },
      {
        path: 'capabilities/:id/edit',
        element: (
          <RequireAuth>
            <EditCapabilityPage />
          </RequireAuth>
        ),
      },
      { path: 'search', element: <SearchPage /> },
      {
        path: 'search/saved',
        element: (
          <RequireAuth>
            <SavedSearchesPage />
          </RequireAuth>
        ),
      },
      {
        path: 'bookmarks',
        element: (
          <RequireAuth>
            <BookmarksPage />
          </RequireAuth>
        ),
      },
      { path: 'clusters', element: <ClusterDirectoryPage /> },
      { path: 'clusters/:id', element: <ClusterPage /> },
      { path: 'partnerships/:id', element: <PartnershipPage /> },
      {
        path: 'calls',
        element: (
          <RequireAuth>
            <CallListPage />
          </RequireAuth>
        ),
      },
      {
        path: 'calls/new',
        element: (
          <RequireAuth>
            <NewCallPage />
          </RequireAuth>
        ),
      },
      {
        path: 'calls/:id',
        element: (
          <RequireAuth>
            <CallPage />
          </RequireAuth>
        ),
      },
      {
        path: 'applications/:id',
        element: (
          <RequireAuth>
            <ApplicationPage />
          </RequireAuth>
        ),
      },
      {
        path: 'calls/:id/award',
        element: (
          <RequireAuth>
            <CallAwardPage />
          </RequireAuth>
        ),
      },
      {
        path: 'applications/:id/result',
        element: (
          <RequireAuth>
            <ApplicationResultPage />
          </RequireAuth>
        ),
      },
      {
        path: 'reviews',
        element: (
          <RequireAuth>
            <MyReviewsPage />
          </RequireAuth>
        ),
      },
      {
        path: 'reviews/:id',
        element: (
          <RequireAuth>
            <ReviewPage />
          </RequireAuth>
        ),
      },
      {
        path: 'consortium-invitations',
        element: (
          <RequireAuth>
            <ConsortiumInvitationsPage />
          </RequireAuth>
        ),
      },
      {
        path: 'calls/:id/edit',
        element: (
          <RequireAuth>
            <EditCallPage />
          </RequireAuth>
        ),
      },
      {
        path: 'admin',
        element: (
          <RequireAuth admin>
            <AdminPage />
          </RequireAuth>
        ),
      },
      {
        path: 'admin/clusters/new',
        element: (
          <RequireAuth admin>
            <CreateClusterPage />
          </RequireAuth>
        ),
      },
      {
        path: 'admin/clusters/:id/managers',
        element: (
          <RequireAuth admin>
            <ClusterManagersPage />
          </RequireAuth>
        ),
      },
      {
        path: 'admin/audit',
        element: (
          <RequireAuth admin>
            <AuditEventsPage />
          </RequireAuth>
        ),
      },
      {
        path: 'admin/import',
        element: (
          <RequireAuth admin>
            <AdminImportPage />
          </RequireAuth>
        ),
      },
      {
        path: 'organizations/:id/import',
        element: (
          <RequireAuth>
            <ImportPage />
          </RequireAuth>
        ),
      },
      {
        path: 'admin/outbox',
        element: (
          <RequireAuth admin>
            <EmailOutboxPage />
          </RequireAuth>
        ),
      },
      {
        path: 'interests',
        element: (
          <RequireAuth>
            <MyInterestsPage />
          </RequireAuth>
        ),
      },
      {
        path: 'notifications',
        element: (
          <RequireAuth>
            <NotificationsPage />
          </RequireAuth>
        ),
      },
      {
        path: 'notifications/preferences',
        element: (
          <RequireAuth>
            <NotificationPreferencesPage />
          </RequireAuth>
        ),
      },
      {
        path: 'admin/conversations',
        element: (
          <RequireAuth admin>
            <ReportedConversationsPage />
          </RequireAuth>
        ),
      },
      {
        path: 'conversations',
        element: (
          <RequireAuth>
            <ConversationsPage />
          </RequireAuth>
        ),
      },
      {
        path: 'conversations/:id',
        element: (
          <RequireAuth>
            <ConversationPage />
          </RequireAuth>
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

import { emailCatalogEn, emailCatalogKo } from '@spillover/domain';
import adminEn from '../../features/admin/i18n/en.json';
import adminKo from '../../features/admin/i18n/ko.json';
import accountEn from '../../features/account/i18n/en.json';
import accountKo from '../../features/account/i18n/ko.json';
import clusterEn from '../../features/cluster/i18n/en.json';
import collaborationEn from '../../features/collaboration/i18n/en.json';
import collaborationKo from '../../features/collaboration/i18n/ko.json';
import conversationEn from '../../features/conversation/i18n/en.json';
import importEn from '../../features/import/i18n/en.json';
import importKo from '../../features/import/i18n/ko.json';
import conversationKo from '../../features/conversation/i18n/ko.json';
import clusterKo from '../../features/cluster/i18n/ko.json';
import callEn from '../../features/call/i18n/en.json';
import callKo from '../../features/call/i18n/ko.json';
import capabilityEn from '../../features/capability/i18n/en.json';
import capabilityKo from '../../features/capability/i18n/ko.json';
import homeEn from '../../features/home/i18n/en.json';
import homeKo from '../../features/home/i18n/ko.json';
import interestEn from '../../features/interest/i18n/en.json';
import interestKo from '../../features/interest/i18n/ko.json';
import matchEn from '../../features/match/i18n/en.json';
import matchKo from '../../features/match/i18n/ko.json';
import needEn from '../../features/need/i18n/en.json';
import notificationEn from '../../features/notification/i18n/en.json';
import notificationKo from '../../features/notification/i18n/ko.json';
import needKo from '../../features/need/i18n/ko.json';
import organizationEn from '../../features/organization/i18n/en.json';
import organizationKo from '../../features/organization/i18n/ko.json';
import applicationEn from '../../features/application/i18n/en.json';
import applicationKo from '../../features/application/i18n/ko.json';
import awardEn from '../../features/award/i18n/en.json';
import awardKo from '../../features/award/i18n/ko.json';
import partnershipEn from '../../features/partnership/i18n/en.json';
import partnershipKo from '../../features/partnership/i18n/ko.json';
import reviewEn from '../../features/review/i18n/en.json';
import reviewKo from '../../features/review/i18n/ko.json';
import searchEn from '../../features/search/i18n/en.json';
import searchKo from '../../features/search/i18n/ko.json';
import errorsEn from '../errors/i18n/en.json';
import errorsKo from '../errors/i18n/ko.json';
import commonEn from './en.json';
import commonKo from './ko.json';

/** One namespace per feature; each feature owns its catalog files. */
export const resources = {
  en: {
    common: commonEn,
    errors: errorsEn,
    home: homeEn,
    account: accountEn,
    organization: organizationEn,
    cluster: clusterEn,
    partnership: partnershipEn,
    application: applicationEn,
    award: awardEn,
    review: reviewEn,
    admin: adminEn,
    need: needEn,
    capability: capabilityEn,
    search: searchEn,
    match: matchEn,
    interest: interestEn,
    collaboration: collaborationEn,
    notification: notificationEn,
    conversation: conversationEn,
    call: callEn,
    import: importEn,
    // The e-mail catalogs: a notification reads in the inbox as its e-mail's subject.
    email: emailCatalogEn,
  },
  ko: {
    common: commonKo,
    errors: errorsKo,
    home: homeKo,
    account: accountKo,
    organization: organizationKo,
    cluster: clusterKo,
    partnership: partnershipKo,
    application: applicationKo,
    award: awardKo,
    review: reviewKo,
    admin: adminKo,
    need: needKo,
    capability: capabilityKo,
    search: searchKo,
    match: matchKo,
    interest: interestKo,
    collaboration: collaborationKo,
    notification: notificationKo,
    conversation: conversationKo,
    call: callKo,
    import: importKo,
    email: emailCatalogKo,
  },
} as const;

export const namespaces = Object.keys(resources.en) as (keyof typeof resources.en)[];

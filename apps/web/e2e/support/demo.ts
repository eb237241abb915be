/**
 * The demo data the platform seeds with SPILLOVER_DEMO_DATA=true (apps/api/src/demo/
 * demo-data.ts). Repeated here because the web app may not import the API.
 */
export const DEMO_PASSWORD = 'spillover-demo-2026';

export const DAEGU_CLUSTER = {
  nameEn: 'Daegu Seongseo Industrial Complex Mini-Cluster',
  nameKo: '대구 성서산업단지 미니클러스터',
};

/** CLUSTER_MANAGER of the Daegu cluster; prefers Korean. */
export const DAEGU_MANAGER = {
  email: 'manager.daegu@spillover.demo',
  displayName: '이서연',
};

/** ORG_ADMIN of a Stuttgart lightweighting firm; prefers English. */
export const FIRM_ADMIN = {
  email: 'ceo.schwaben@spillover.demo',
  displayName: 'Anna Müller',
  organization: 'Schwaben Leichtbau GmbH',
};

/** ORG_ADMIN of Kyungpook National University's technology transfer office; prefers Korean. */
export const UNIVERSITY_ADMIN = {
  email: 'tlo.knu@spillover.demo',
  displayName: '윤지민',
  organization: '경북대학교 산학협력단',
};

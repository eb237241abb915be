// The demo data is what a newcomer sees first; these checks keep it loadable (the seeder
// inserts it without asking the services) and true to the rules the API enforces.
import {
  ORGANIZATION_KINDS,
  ORGANIZATION_SIZES,
  checkPassword,
  loadPasswordStrength,
  clusterSchema,
  emailSchema,
  isCountryCode,
  isNaceCode,
  isRegionCode,
  isTechnologyCode,
  organizationSchema,
  parseInput,
  regionBelongsTo,
} from '@spillover/domain';
import {
  DEMO_ADMIN_EMAIL,
  DEMO_CLUSTERS,
  DEMO_CLUSTER_MEMBERSHIPS,
  DEMO_LOGINS,
  DEMO_ORGANIZATIONS,
  DEMO_PASSWORD,
  DEMO_USERS,
} from './demo-data';

const HANGUL = /[\uAC00-\uD7A3]/;
const organizationKeys = new Set<string>(DEMO_ORGANIZATIONS.map((o) => o.key));
const organizationByKey = new Map(DEMO_ORGANIZATIONS.map((o) => [o.key as string, o]));

describe('demo organizations', () => {
  it.each(DEMO_ORGANIZATIONS.map((o) => [o.key, o] as const))(
    '%s passes the organization schema',
    (_key, organization) => {
      expect(() => parseInput(organizationSchema, organization)).not.toThrow();
    },
  );

  it('has unique keys and names', () => {
    expect(organizationKeys.size).toBe(DEMO_ORGANIZATIONS.length);
    expect(new Set(DEMO_ORGANIZATIONS.map((o) => o.name)).size).toBe(DEMO_ORGANIZATIONS.length);
  });

  it('has at least 30 organizations covering every kind and every firm size', () => {
    expect(DEMO_ORGANIZATIONS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(DEMO_ORGANIZATIONS.map((o) => o.kind))).toEqual(new Set(ORGANIZATION_KINDS));
    const firmSizes = DEMO_ORGANIZATIONS.filter((o) => o.kind === 'FIRM').map((o) => o.size);
    expect(new Set(firmSizes)).toEqual(new Set(ORGANIZATION_SIZES));
  });

  it('uses only codes from the reference lists, each region inside its country', () => {
    for (const o of DEMO_ORGANIZATIONS) {
      expect([o.key, isCountryCode(o.country)]).toEqual([o.key, true]);
      if (o.region !== null)
        expect([o.key, isRegionCode(o.region), regionBelongsTo(o.region, o.country)]).toEqual([
          o.key,
          true,
          true,
        ]);
      expect(o.sectors.filter((code) => !isNaceCode(code))).toEqual([]);
      expect(o.technologyAreas.filter((code) => !isTechnologyCode(code))).toEqual([]);
      expect(o.technologyAreas.length).toBeGreaterThan(0);
    }
  });

  it('names Korean organizations in Korean (Hangul) and describes them in Korean', () => {
    const korean = DEMO_ORGANIZATIONS.filter((o) => o.country === 'KR');
    expect(korean.length).toBeGreaterThan(0);
    for (const o of korean)
      expect([o.key, HANGUL.test(o.name), HANGUL.test(o.description)]).toEqual([o.key, true, true]);
  });

  it('describes foreign organizations in English, in one to three sentences', () => {
    for (const o of DEMO_ORGANIZATIONS) {
      if (o.country !== 'KR') expect([o.key, HANGUL.test(o.description)]).toEqual([o.key, false]);
      const sentences = o.description.split(/[.!?](?:\s|$)/).filter((s) => s.trim().length > 0);
      expect([o.key, sentences.length >= 1 && sentences.length <= 3]).toEqual([o.key, true]);
    }
  });

  it('gives every organization at least one ORG_ADMIN', () => {
    const withAdmin = new Set(
      DEMO_USERS.flatMap((u) =>
        u.memberships.filter((m) => m.role === 'ORG_ADMIN').map((m) => m.organization),
      ),
    );
    expect(DEMO_ORGANIZATIONS.map((o) => o.key).filter((key) => !withAdmin.has(key))).toEqual([]);
  });
});

describe('demo clusters', () => {
  it.each(DEMO_CLUSTERS.map((c) => [c.key, c] as const))(
    '%s uses valid codes and passes the cluster schema',
    (_key, cluster) => {
      expect(isCountryCode(cluster.country)).toBe(true);
      expect(cluster.region).not.toBeNull();
      expect(isRegionCode(cluster.region)).toBe(true);
      expect(regionBelongsTo(cluster.region, cluster.country)).toBe(true);
      expect(cluster.focusSectors.length).toBeGreaterThan(0);
      expect(cluster.focusSectors.filter((code) => !isNaceCode(code))).toEqual([]);
      // The seeder supplies the real id; any UUID stands in for it here.
      const input = { ...cluster, organizationId: '00000000-0000-4000-8000-000000000000' };
      expect(() => parseInput(clusterSchema, input)).not.toThrow();
    },
  );

  it('is run by a cluster organization of its own country and region', () => {
    for (const cluster of DEMO_CLUSTERS) {
      const organization = organizationByKey.get(cluster.organization);
      expect([
        cluster.key,
        organization?.kind,
        organization?.country,
        organization?.region,
      ]).toEqual([cluster.key, 'CLUSTER_ORGANIZATION', cluster.country, cluster.region]);
    }
    expect(new Set(DEMO_CLUSTERS.map((c) => c.organization)).size).toBe(DEMO_CLUSTERS.length);
  });

  it('has at least two clusters in Korea and two abroad, each named in both languages', () => {
    expect(DEMO_CLUSTERS.filter((c) => c.country === 'KR').length).toBeGreaterThanOrEqual(2);
    expect(DEMO_CLUSTERS.filter((c) => c.country !== 'KR').length).toBeGreaterThanOrEqual(2);
    for (const c of DEMO_CLUSTERS)
      expect([c.key, HANGUL.test(c.nameKo), HANGUL.test(c.nameEn)]).toEqual([c.key, true, false]);
    expect(new Set(DEMO_CLUSTERS.map((c) => c.key)).size).toBe(DEMO_CLUSTERS.length);
  });

  it('has a manager for every cluster, who is an ORG_ADMIN of its cluster organization', () => {
    for (const cluster of DEMO_CLUSTERS) {
      const managers = DEMO_USERS.filter((u) => u.manages.some((key) => key === cluster.key));
      expect([cluster.key, managers.length > 0]).toEqual([cluster.key, true]);
      for (const m of managers)
        expect([
          m.email,
          m.memberships.some(
            (ms) => ms.organization === cluster.organization && ms.role === 'ORG_ADMIN',
          ),
        ]).toEqual([m.email, true]);
    }
  });
});

describe('demo users', () => {
  beforeAll(() => loadPasswordStrength());

  it('have unique, valid, lower-case e-mails', () => {
    const emails = DEMO_USERS.map((u) => u.email);
    expect(new Set(emails).size).toBe(emails.length);
    for (const email of emails) expect(emailSchema.parse(email)).toBe(email);
  });

  it('include exactly one platform admin, the marker the seeder looks for', () => {
    const admins = DEMO_USERS.filter((u) => u.roles.includes('ADMIN'));
    expect(admins.map((u) => u.email)).toEqual([DEMO_ADMIN_EMAIL]);
  });

  it('show Korean names to Korean speakers and the others in Latin script', () => {
    for (const u of DEMO_USERS) {
      expect([u.email, u.displayName.length >= 1 && u.displayName.length <= 80]).toEqual([
        u.email,
        true,
      ]);
      expect([u.email, HANGUL.test(u.displayName)]).toEqual([
        u.email,
        u.preferredLanguage === 'ko',
      ]);
    }
  });

  it('give Korean organizations Korean-speaking people', () => {
    for (const u of DEMO_USERS)
      for (const m of u.memberships) {
        const korean = organizationByKey.get(m.organization)?.country === 'KR';
        expect([u.email, u.preferredLanguage]).toEqual([u.email, korean ? 'ko' : 'en']);
      }
  });

  it('belong to an organization at most once each', () => {
    for (const u of DEMO_USERS)
      expect(new Set(u.memberships.map((m) => m.organization)).size).toBe(u.memberships.length);
  });

  it('share a password that passes every check, for every one of them', () => {
    const failures = DEMO_USERS.flatMap((u) =>
      checkPassword(DEMO_PASSWORD, { email: u.email, displayName: u.displayName })
        .filter((result) => !result.ok)
        .map((result) => `${u.email}: ${result.check}`),
    );
    expect(failures).toEqual([]);
    expect(checkPassword(DEMO_PASSWORD).every((result) => result.ok)).toBe(true);
  });

  it('advertise 8 to 15 logins, starting with the admin and covering every cluster manager', () => {
    expect(DEMO_LOGINS.length).toBeGreaterThanOrEqual(8);
    expect(DEMO_LOGINS.length).toBeLessThanOrEqual(15);
    expect(DEMO_LOGINS[0]?.email).toBe(DEMO_ADMIN_EMAIL);
    const advertised = new Set(DEMO_LOGINS.map((l) => l.email));
    for (const u of DEMO_USERS.filter((user) => user.manages.length > 0))
      expect(advertised.has(u.email)).toBe(true);
    expect(DEMO_LOGINS.some((l) => l.role.startsWith('ORG_ADMIN'))).toBe(true);
    expect(DEMO_LOGINS.some((l) => l.role.startsWith('ORG_MEMBER'))).toBe(true);
  });
});

describe('demo cluster memberships', () => {
  it('name known clusters and organizations, one row per pair', () => {
    const clusterKeys = new Set<string>(DEMO_CLUSTERS.map((c) => c.key));
    for (const m of DEMO_CLUSTER_MEMBERSHIPS) {
      expect(clusterKeys.has(m.cluster)).toBe(true);
      expect(organizationKeys.has(m.organization)).toBe(true);
    }
    const pairs = DEMO_CLUSTER_MEMBERSHIPS.map((m) => `${m.cluster}/${m.organization}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('never make a cluster organization a member of its own cluster', () => {
    for (const m of DEMO_CLUSTER_MEMBERSHIPS) {
      const cluster = DEMO_CLUSTERS.find((c) => c.key === m.cluster);
      expect(m.organization).not.toBe(cluster?.organization);
    }
  });

  it('have several pending applications with a message and one rejection with a reason', () => {
    const pending = DEMO_CLUSTER_MEMBERSHIPS.filter((m) => m.status === 'PENDING');
    expect(pending.length).toBeGreaterThanOrEqual(3);
    for (const m of pending)
      expect([m.organization, m.message.trim().length > 0, m.decidedDaysAgo, m.reason]).toEqual([
        m.organization,
        true,
        null,
        null,
      ]);
    const rejected = DEMO_CLUSTER_MEMBERSHIPS.filter((m) => m.status === 'REJECTED');
    expect(rejected.length).toBeGreaterThanOrEqual(1);
    for (const m of rejected) expect((m.reason ?? '').trim().length).toBeGreaterThanOrEqual(3);
  });

  it('are decided after they were applied for, and only when no longer pending', () => {
    for (const m of DEMO_CLUSTER_MEMBERSHIPS) {
      expect(m.appliedDaysAgo).toBeGreaterThan(0);
      if (m.status !== 'PENDING') {
        expect(m.decidedDaysAgo).not.toBeNull();
        expect(m.decidedDaysAgo ?? Infinity).toBeLessThanOrEqual(m.appliedDaysAgo);
        expect(m.decidedDaysAgo ?? -1).toBeGreaterThanOrEqual(0);
      }
      if (m.status !== 'REJECTED' && m.status !== 'REMOVED') expect(m.reason).toBeNull();
    }
  });

  it('put most organizations, apart from the cluster organizations, ACTIVE in one or two clusters', () => {
    const runners = new Set<string>(DEMO_CLUSTERS.map((c) => c.organization));
    const others = DEMO_ORGANIZATIONS.filter((o) => !runners.has(o.key));
    const activeCount = (key: string) =>
      DEMO_CLUSTER_MEMBERSHIPS.filter((m) => m.organization === key && m.status === 'ACTIVE')
        .length;
    const inOneOrTwo = others.filter((o) => activeCount(o.key) >= 1 && activeCount(o.key) <= 2);
    expect(inOneOrTwo.length / others.length).toBeGreaterThan(0.75);
    expect(others.filter((o) => activeCount(o.key) > 2)).toEqual([]);
  });
});

// The demo marketplace is inserted without asking the services; these checks keep it true
// to the rules the API enforces (the domain's own schemas and publish checks) and to the
// rest of the demo (organizations, people, clusters).
import {
  CAPABILITY_KINDS,
  LICENSING_STATUSES,
  NEED_STATUSES,
  VISIBILITIES,
  assertCapabilityPublishable,
  assertPublishable,
  capabilityDraftSchema,
  ndaTermsSchema,
  needDraftSchema,
  parseInput,
  type Visibility,
} from '@spillover/domain';
import {
  DEMO_CLUSTER_MEMBERSHIPS,
  DEMO_ORGANIZATIONS,
  DEMO_USERS,
  type DemoOrganizationKey,
} from './demo-data';
import {
  DEMO_CAPABILITIES,
  DEMO_NDA_ACCEPTANCES,
  DEMO_NEEDS,
  demoCapabilityTimes,
  demoCapabilityValues,
  demoDeadline,
  demoNeedTimes,
  demoNeedValues,
  type DemoCapability,
  type DemoNeed,
} from './demo-listings';

const HANGUL = /[\uAC00-\uD7A3]/;
const DAY_MS = 24 * 60 * 60 * 1000;

// Fixed seeding moments: a Korean morning in winter, and just before midnight UTC in a
// European summer, so that the deadline's rounding to the end of a working day is covered.
const NOW = new Date('2026-03-02T00:30:00Z');
const NOWS = [NOW, new Date('2026-07-15T23:45:00Z')];

// The seeder mints UUIDs; any distinct UUIDs stand in for them here.
const organizationIds = new Map<string, string>(
  DEMO_ORGANIZATIONS.map((o, i) => [
    o.key,
    `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
  ]),
);
const organizationId = (key: DemoOrganizationKey): string => organizationIds.get(key) ?? 'unknown';
const organizationByKey = new Map(DEMO_ORGANIZATIONS.map((o) => [o.key as string, o]));
const userByEmail = new Map(DEMO_USERS.map((u) => [u.email, u]));
const isKorean = (organization: string): boolean =>
  organizationByKey.get(organization)?.country === 'KR';

const roleIn = (email: string, organization: string): string | undefined =>
  userByEmail.get(email)?.memberships.find((m) => m.organization === organization)?.role;

const activeClustersOf = (organization: string): Set<string> =>
  new Set(
    DEMO_CLUSTER_MEMBERSHIPS.filter(
      (m) => m.organization === organization && m.status === 'ACTIVE',
    ).map((m) => m.cluster),
  );

/** Whether an organization sees a published listing, by the policy layer's rule. */
function canSee(
  listing: { organization: string; visibility: Visibility; invited: readonly string[] },
  viewer: string,
): boolean {
  if (listing.organization === viewer) return true;
  if (listing.visibility === 'PUBLIC') return true;
  if (listing.visibility === 'PRIVATE') return listing.invited.includes(viewer);
  const shared = activeClustersOf(listing.organization);
  return [...activeClustersOf(viewer)].some((cluster) => shared.has(cluster));
}

/** Runs a check per record and lists the failures by key, so one report names them all. */
function failuresOf<T extends { key: string }>(
  records: readonly T[],
  check: (record: T) => void,
): string[] {
  return records.flatMap((record) => {
    try {
      check(record);
      return [];
    } catch (error) {
      return [`${record.key}: ${(error as Error).message}`];
    }
  });
}

const needTexts = (n: DemoNeed): string[] =>
  [n.title, n.publicSummary, n.confidentialDetails, n.desiredOutcome, n.nda?.text ?? ''].filter(
    (t) => t.trim() !== '',
  );
const capabilityTexts = (c: DemoCapability): string[] =>
  [c.title, c.description, c.availability ?? '', c.bookingTerms ?? ''].filter(
    (t) => t.trim() !== '',
  );

function checkAudience(listing: {
  key: string;
  organization: string;
  visibility: Visibility;
  invited: readonly string[];
}): void {
  if (listing.visibility === 'PRIVATE') {
    if (listing.invited.length === 0) throw new Error('PRIVATE without invited organizations');
    if (new Set(listing.invited).size !== listing.invited.length)
      throw new Error('an organization is invited twice');
    for (const key of listing.invited) {
      if (!organizationByKey.has(key)) throw new Error(`invites an unknown organization ${key}`);
      if (key === listing.organization) throw new Error('invites its own organization');
    }
  } else if (listing.invited.length > 0)
    throw new Error(`${listing.visibility} with invited organizations`);
  // CLUSTER reaches the owner's ACTIVE cluster mates only: an owner outside every cluster would reach nobody.
  if (listing.visibility === 'CLUSTER' && activeClustersOf(listing.organization).size === 0)
    throw new Error('CLUSTER, but its organization is an ACTIVE member of no cluster');
}

describe('demo technology needs', () => {
  const open = DEMO_NEEDS.filter((n) => n.status === 'OPEN');
  const drafts = DEMO_NEEDS.filter((n) => n.status === 'DRAFT');
  const closed = DEMO_NEEDS.filter((n) => n.status === 'CLOSED');

  it('has 25 to 40 needs with unique keys and titles', () => {
    expect(DEMO_NEEDS.length).toBeGreaterThanOrEqual(25);
    expect(DEMO_NEEDS.length).toBeLessThanOrEqual(40);
    expect(new Set(DEMO_NEEDS.map((n) => n.key)).size).toBe(DEMO_NEEDS.length);
    expect(new Set(DEMO_NEEDS.map((n) => n.title)).size).toBe(DEMO_NEEDS.length);
  });

  it('covers every status: a few drafts, mostly open, some closed as SOLVED and as WITHDRAWN', () => {
    expect(new Set(DEMO_NEEDS.map((n) => n.status))).toEqual(new Set(NEED_STATUSES));
    expect(drafts.length).toBeGreaterThanOrEqual(2);
    expect(drafts.length).toBeLessThanOrEqual(6);
    expect(open.length / DEMO_NEEDS.length).toBeGreaterThan(0.6);
    const reasons = closed.map((n) => n.closeReason);
    expect(reasons).toContain('SOLVED');
    expect(reasons).toContain('WITHDRAWN');
    for (const n of DEMO_NEEDS)
      expect([n.key, n.closeReason !== null]).toEqual([n.key, n.status === 'CLOSED']);
  });

  it.each(NOWS.map((now) => [now.toISOString(), now] as const))(
    'every OPEN need passes the publish check when seeded at %s',
    (_label, now) => {
      const failures = failuresOf(open, (n) => {
        const { responseDeadline } = demoNeedTimes(n, now);
        assertPublishable(demoNeedValues(n, organizationId, responseDeadline), now);
      });
      expect(failures).toEqual([]);
    },
  );

  it('gives every OPEN need a deadline two to ten weeks after seeding, at the end of a working day', () => {
    for (const n of open) {
      expect([
        n.key,
        n.deadlineInDays !== null && n.deadlineInDays >= 14 && n.deadlineInDays <= 70,
      ]).toEqual([n.key, true]);
      const deadline = demoNeedTimes(n, NOW).responseDeadline;
      expect([n.key, (deadline?.getTime() ?? 0) - NOW.getTime() > 13 * DAY_MS]).toEqual([
        n.key,
        true,
      ]);
      expect([n.key, deadline?.getUTCMinutes(), deadline?.getUTCHours()]).toEqual([
        n.key,
        0,
        isKorean(n.organization) ? 9 : 16,
      ]);
    }
    // The rounding never moves a deadline by a day or more.
    const late = new Date('2026-07-15T23:59:59Z');
    expect(demoDeadline(late, 14, 'KR').getTime() - late.getTime()).toBeGreaterThan(13 * DAY_MS);
    expect(demoDeadline(late, 14, 'DE').getTime() - late.getTime()).toBeGreaterThan(13 * DAY_MS);
  });

  it('keeps every draft within the draft schema, unpublished', () => {
    const failures = failuresOf(drafts, (n) => {
      parseInput(
        needDraftSchema,
        demoNeedValues(n, organizationId, demoNeedTimes(n, NOW).responseDeadline),
      );
      if (n.publishedDaysAgo !== null || n.closedDaysAgo !== null)
        throw new Error('a draft was never published or closed');
    });
    expect(failures).toEqual([]);
  });

  it('closes needs that were publishable when published: by the owner before the deadline, by the expiry job after it', () => {
    const failures = failuresOf(closed, (n) => {
      const times = demoNeedTimes(n, NOW);
      if (!times.publishedAt || !times.closedAt || !times.responseDeadline)
        throw new Error('a closed need was published, closed and had a deadline');
      assertPublishable(
        demoNeedValues(n, organizationId, times.responseDeadline),
        times.publishedAt,
      );
      if (n.closeReason === 'EXPIRED') {
        if (n.closedDaysAgo !== null)
          throw new Error('an expired need is closed by the job, right after its deadline');
        if (!(times.closedAt >= times.responseDeadline && times.closedAt <= NOW))
          throw new Error('expired before its deadline');
      } else if (!(times.closedAt < times.responseDeadline))
        throw new Error('closed by its owner after the deadline; the job would have expired it');
    });
    expect(failures).toEqual([]);
  });

  it('was written, published and closed in that order, all before the seeding', () => {
    const failures = failuresOf(DEMO_NEEDS, (n) => {
      const t = demoNeedTimes(n, NOW);
      if (!(t.createdAt <= NOW)) throw new Error('written in the future');
      if ((n.status === 'DRAFT') !== (t.publishedAt === null))
        throw new Error('published exactly when not a draft');
      if (t.publishedAt && !(t.createdAt <= t.publishedAt && t.publishedAt < NOW))
        throw new Error('published before written or in the future');
      if ((n.status === 'CLOSED') !== (t.closedAt !== null))
        throw new Error('closed exactly when CLOSED');
      if (t.closedAt && t.publishedAt && !(t.publishedAt < t.closedAt && t.closedAt <= NOW))
        throw new Error('closed before published or in the future');
    });
    expect(failures).toEqual([]);
  });

  it('belongs to known organizations and was written by one of their members', () => {
    const failures = failuresOf(DEMO_NEEDS, (n) => {
      if (!organizationByKey.has(n.organization))
        throw new Error(`unknown organization ${n.organization}`);
      if (!userByEmail.has(n.createdBy)) throw new Error(`unknown user ${n.createdBy}`);
      if (!roleIn(n.createdBy, n.organization))
        throw new Error(`${n.createdBy} is not a member of ${n.organization}`);
    });
    expect(failures).toEqual([]);
  });

  it('speaks Korean for Korean organizations and English for the others', () => {
    const failures = failuresOf(DEMO_NEEDS, (n) => {
      const texts = needTexts(n);
      if (isKorean(n.organization) && !texts.every((t) => HANGUL.test(t)))
        throw new Error('a Korean organization writes in Korean');
      if (!isKorean(n.organization) && texts.some((t) => HANGUL.test(t)))
        throw new Error('a foreign organization writes in English');
    });
    expect(failures).toEqual([]);
  });

  it('states budgets in the owner’s currency, in minor units, at a realistic scale', () => {
    const failures = failuresOf(DEMO_NEEDS, (n) => {
      if (n.budgetMin === null && n.budgetMax === null) return;
      const expected = isKorean(n.organization) ? 'KRW' : 'EUR';
      if (n.currency !== expected) throw new Error(`budget in ${n.currency}, expected ${expected}`);
      for (const amount of [n.budgetMin, n.budgetMax]) {
        if (amount === null) continue;
        // ₩10 million to ₩2 billion; €20,000 to €2 million, in whole euros (cents are the unit).
        const ok =
          expected === 'KRW'
            ? amount >= 10_000_000 && amount <= 2_000_000_000
            : amount % 100 === 0 && amount >= 2_000_000 && amount <= 200_000_000;
        if (!ok) throw new Error(`unlikely ${expected} amount ${amount} (minor units)`);
      }
    });
    expect(failures).toEqual([]);
    expect(DEMO_NEEDS.some((n) => n.currency === 'KRW')).toBe(true);
    expect(DEMO_NEEDS.some((n) => n.currency === 'EUR')).toBe(true);
  });

  it('covers every visibility among published needs, with invitations only and always on PRIVATE ones', () => {
    expect(failuresOf(DEMO_NEEDS, checkAudience)).toEqual([]);
    const published = DEMO_NEEDS.filter((n) => n.status !== 'DRAFT');
    expect(new Set(published.map((n) => n.visibility))).toEqual(new Set(VISIBILITIES));
    expect(published.filter((n) => n.visibility === 'CLUSTER').length).toBeGreaterThanOrEqual(3);
    expect(published.filter((n) => n.visibility === 'PRIVATE').length).toBeGreaterThanOrEqual(2);
  });

  it('attaches valid NDA terms, in the owner’s language, to needs with confidential details', () => {
    const withNda = DEMO_NEEDS.filter((n) => n.nda !== null);
    expect(withNda.length).toBeGreaterThanOrEqual(4);
    const failures = failuresOf(withNda, (n) => {
      const terms = parseInput(ndaTermsSchema, n.nda);
      if (terms.text !== n.nda?.text || terms.version !== n.nda.version)
        throw new Error('NDA terms are stored as written (trimmed)');
      if (n.confidentialDetails.trim() === '')
        throw new Error('NDA terms without confidential details to protect');
      if (n.status === 'DRAFT') throw new Error('terms are set on published needs in the demo');
    });
    expect(failures).toEqual([]);
  });
});

describe('demo NDA acceptances', () => {
  const needByKey = new Map(DEMO_NEEDS.map((n) => [n.key, n]));
  const keyOf = (a: (typeof DEMO_NDA_ACCEPTANCES)[number]) => ({
    ...a,
    key: `${a.need}/${a.organization}/${a.version}`,
  });
  const acceptances = DEMO_NDA_ACCEPTANCES.map(keyOf);

  it('are a few, on several needs, each organization accepting a version once', () => {
    expect(acceptances.length).toBeGreaterThanOrEqual(3);
    expect(new Set(acceptances.map((a) => a.need)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(acceptances.map((a) => a.key)).size).toBe(acceptances.length);
  });

  it('name the current version of the need’s terms', () => {
    const failures = failuresOf(acceptances, (a) => {
      const need = needByKey.get(a.need);
      if (!need) throw new Error('unknown need');
      if (!need.nda) throw new Error('the need has no NDA terms');
      if (a.version !== need.nda.version)
        throw new Error(`version ${a.version}, but the terms are ${need.nda.version}`);
    });
    expect(failures).toEqual([]);
  });

  it('are made for another organization than the owner, by one of its ORG_ADMINs', () => {
    const failures = failuresOf(acceptances, (a) => {
      const need = needByKey.get(a.need);
      if (!organizationByKey.has(a.organization))
        throw new Error(`unknown organization ${a.organization}`);
      if (a.organization === need?.organization)
        throw new Error('the owner never accepts its own terms');
      if (!userByEmail.has(a.acceptedBy)) throw new Error(`unknown user ${a.acceptedBy}`);
      if (roleIn(a.acceptedBy, a.organization) !== 'ORG_ADMIN')
        throw new Error(`${a.acceptedBy} is not an ORG_ADMIN of ${a.organization}`);
    });
    expect(failures).toEqual([]);
  });

  it('are made by organizations that can see the need, while it was open', () => {
    const failures = failuresOf(acceptances, (a) => {
      const need = needByKey.get(a.need);
      if (!need) throw new Error('unknown need');
      if (!canSee(need, a.organization))
        throw new Error(`${a.organization} cannot see a ${need.visibility} need`);
      const t = demoNeedTimes(need, NOW);
      const acceptedAt = new Date(NOW.getTime() - a.acceptedDaysAgo * DAY_MS);
      if (!t.publishedAt || !(t.publishedAt < acceptedAt && acceptedAt <= NOW))
        throw new Error('accepted before publication or in the future');
      if (t.closedAt && !(acceptedAt < t.closedAt))
        throw new Error('accepted after the need closed');
    });
    expect(failures).toEqual([]);
  });

  it('include acceptances of PUBLIC, CLUSTER and PRIVATE needs', () => {
    expect(new Set(acceptances.map((a) => needByKey.get(a.need)?.visibility))).toEqual(
      new Set(VISIBILITIES),
    );
  });
});

describe('demo capabilities', () => {
  const published = DEMO_CAPABILITIES.filter((c) => c.status === 'PUBLISHED');
  const drafts = DEMO_CAPABILITIES.filter((c) => c.status === 'DRAFT');
  const archived = DEMO_CAPABILITIES.filter((c) => c.status === 'ARCHIVED');
  const offered = DEMO_CAPABILITIES.filter((c) => c.status !== 'DRAFT');

  it('has 40 to 60 capabilities with unique keys and titles', () => {
    expect(DEMO_CAPABILITIES.length).toBeGreaterThanOrEqual(40);
    expect(DEMO_CAPABILITIES.length).toBeLessThanOrEqual(60);
    expect(new Set(DEMO_CAPABILITIES.map((c) => c.key)).size).toBe(DEMO_CAPABILITIES.length);
    expect(new Set(DEMO_CAPABILITIES.map((c) => c.title)).size).toBe(DEMO_CAPABILITIES.length);
  });

  it('offers every kind, mostly PUBLISHED, with one ARCHIVED and a few drafts', () => {
    expect(new Set(published.map((c) => c.kind))).toEqual(new Set(CAPABILITY_KINDS));
    expect(published.length / DEMO_CAPABILITIES.length).toBeGreaterThan(0.8);
    expect(archived.length).toBe(1);
    expect(drafts.length).toBeGreaterThanOrEqual(1);
  });

  it('passes the publish check when published or archived (republishing checks again)', () => {
    const failures = failuresOf(offered, (c) => {
      assertCapabilityPublishable(demoCapabilityValues(c, organizationId));
    });
    expect(failures).toEqual([]);
  });

  it('keeps every draft within the draft schema', () => {
    const failures = failuresOf(drafts, (c) => {
      parseInput(capabilityDraftSchema, demoCapabilityValues(c, organizationId));
    });
    expect(failures).toEqual([]);
  });

  it('describes equipment with model, location and booking terms, and facilities with a location', () => {
    const failures = failuresOf(offered, (c) => {
      if (c.kind === 'EQUIPMENT' && !(c.model && c.location && c.bookingTerms))
        throw new Error('equipment without model, location or booking terms');
      if (c.kind === 'FACILITY' && !(c.location && c.bookingTerms))
        throw new Error('a facility without location or booking terms');
    });
    expect(failures).toEqual([]);
  });

  it('gives IP a patent number in its office’s format, a TRL and a licensing status, covering every status', () => {
    const ip = offered.filter((c) => c.kind === 'IP');
    expect(ip.length).toBeGreaterThanOrEqual(5);
    const failures = failuresOf(ip, (c) => {
      // KR 10-2023-0012345 (application) or KR 10-2456789 (registration); EP 3 812 345 B1.
      if (!/^(KR 10-(\d{4}-\d{7}|\d{7})|EP \d \d{3} \d{3} [AB]\d)$/.test(c.patentNumber ?? ''))
        throw new Error(`patent number ${c.patentNumber}`);
      if (c.trl === null) throw new Error('IP without a TRL');
    });
    expect(failures).toEqual([]);
    expect(new Set(ip.map((c) => c.licensingStatus))).toEqual(new Set(LICENSING_STATUSES));
    expect(new Set(ip.map((c) => c.patentNumber)).size).toBe(ip.length);
  });

  it('belongs to known organizations, written by their members, with one of them as the contact', () => {
    const failures = failuresOf(DEMO_CAPABILITIES, (c) => {
      if (!organizationByKey.has(c.organization))
        throw new Error(`unknown organization ${c.organization}`);
      if (!roleIn(c.createdBy, c.organization))
        throw new Error(`${c.createdBy} is not a member of ${c.organization}`);
      if (c.contact !== null && !roleIn(c.contact, c.organization))
        throw new Error(`contact ${c.contact} is not a member of ${c.organization}`);
      const values = demoCapabilityValues(c, organizationId);
      if (c.contact !== null && values.contactName !== userByEmail.get(c.contact)?.displayName)
        throw new Error('the contact is named as the user is');
    });
    expect(failures).toEqual([]);
  });

  it('speaks Korean for Korean organizations and English for the others', () => {
    const failures = failuresOf(DEMO_CAPABILITIES, (c) => {
      if (isKorean(c.organization) && !(HANGUL.test(c.title) && HANGUL.test(c.description)))
        throw new Error('a Korean organization writes in Korean');
      if (!isKorean(c.organization) && capabilityTexts(c).some((t) => HANGUL.test(t)))
        throw new Error('a foreign organization writes in English');
    });
    expect(failures).toEqual([]);
  });

  it('covers every visibility, with invitations only and always on PRIVATE ones', () => {
    expect(failuresOf(DEMO_CAPABILITIES, checkAudience)).toEqual([]);
    expect(new Set(published.map((c) => c.visibility))).toEqual(new Set(VISIBILITIES));
  });

  it('was written, published and archived in that order, all before the seeding', () => {
    const failures = failuresOf(DEMO_CAPABILITIES, (c) => {
      const t = demoCapabilityTimes(c, NOW);
      if ((c.status === 'DRAFT') !== (t.publishedAt === null))
        throw new Error('published exactly when not a draft');
      if ((c.status === 'ARCHIVED') !== (t.archivedAt !== null))
        throw new Error('archived exactly when ARCHIVED');
      if (!(t.createdAt <= NOW)) throw new Error('written in the future');
      if (t.publishedAt && !(t.createdAt <= t.publishedAt && t.publishedAt < NOW))
        throw new Error('published before written or in the future');
      if (t.archivedAt && t.publishedAt && !(t.publishedAt < t.archivedAt && t.archivedAt < NOW))
        throw new Error('archived before published or in the future');
    });
    expect(failures).toEqual([]);
  });
});

describe('demo marketplace as a whole', () => {
  it('lets most organizations post or offer something, the big themes each with needs and capabilities', () => {
    const active = new Set([...DEMO_NEEDS, ...DEMO_CAPABILITIES].map((l) => l.organization));
    expect(active.size / DEMO_ORGANIZATIONS.length).toBeGreaterThan(0.75);
    // Hydrogen and fuel cells, lightweight materials, smart manufacturing, displays, batteries, medical devices, textiles.
    for (const area of ['EF05', 'EB10', 'EA14', 'ED07', 'EF06', 'LC06', 'EC07'] as const) {
      expect([
        area,
        DEMO_NEEDS.some((n) => n.status === 'OPEN' && n.technologyAreas.some((a) => a === area)),
      ]).toEqual([area, true]);
      expect([
        area,
        DEMO_CAPABILITIES.some(
          (c) => c.status === 'PUBLISHED' && c.technologyAreas.some((a) => a === area),
        ),
      ]).toEqual([area, true]);
    }
  });
});

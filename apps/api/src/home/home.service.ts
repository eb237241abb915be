import { Injectable } from '@nestjs/common';
import type { Actor } from '../platform/auth/actor';
import { Policy } from '../platform/policy/policy.service';
import { HomeRepository } from './home.repository';

/** "New" reaches back at most this far, and this far when the web gives no last visit. */
const MAX_LOOKBACK_DAYS = 30;
const DEFAULT_LOOKBACK_DAYS = 7;
/** "This week": deadlines in the next seven days. */
const WEEK_DAYS = 7;
const DAY_MS = 86_400_000;

/** What needs the user now, part by part; each part asks the policy for the viewer's scope. */
@Injectable()
export class HomeService {
  constructor(
    private readonly home: HomeRepository,
    private readonly policy: Policy,
  ) {}

  /** UNAUTHENTICATED for visitors; `since` clamped to [now − 30 days, now]. */
  async summary(actor: Actor, since: Date | null | undefined) {
    const facts = await this.policy.signedIn(actor);
    const now = new Date();
    const earliest = new Date(now.getTime() - MAX_LOOKBACK_DAYS * DAY_MS);
    const wanted = since ?? new Date(now.getTime() - DEFAULT_LOOKBACK_DAYS * DAY_MS);
    const clamped = wanted < earliest ? earliest : wanted > now ? now : wanted;
    return { since: clamped, generatedAt: now, userId: facts.userId };
  }

  private async organizationIds(actor: Actor): Promise<string[]> {
    return [...((await this.policy.factsOf(actor))?.orgRoles.keys() ?? [])];
  }

  async newMatches(actor: Actor, since: Date) {
    const [orgs, needs, capabilities] = await Promise.all([
      this.organizationIds(actor),
      this.policy.listingVisibility(actor, 'n', 'need'),
      this.policy.listingVisibility(actor, 'c', 'capability'),
    ]);
    return this.home.newMatches(orgs, since, needs, capabilities, 5);
  }

  async ownDeadlines(actor: Actor) {
    return this.home.ownDeadlines(await this.organizationIds(actor), WEEK_DAYS);
  }

  async answerableClosingSoon(actor: Actor) {
    const [orgs, needs] = await Promise.all([
      this.organizationIds(actor),
      this.policy.listingVisibility(actor, 'n', 'need'),
    ]);
    return this.home.answerableClosingSoon(orgs, WEEK_DAYS, needs, 10);
  }

  /** Applications in the clusters the user manages (none for others). */
  async pendingDecisions(actor: Actor) {
    const facts = await this.policy.factsOf(actor);
    return this.home.pendingApplications([...(facts?.managedClusters ?? [])], 10);
  }

  /** Platform admins only; null for everyone else (the web shows the part by role). */
  async adminOverview(actor: Actor) {
    return (await this.policy.can(actor, 'platform.overview', {}))
      ? this.home.adminOverview()
      : null;
  }
}

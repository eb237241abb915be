import type { TestApp } from '../support/test-app';

export const CALL_AWARD = `query Award($callId: ID!) { callAward(callId: $callId) {
  callId published publishedAt currency
  rows { applicationId title leadName rank score reviewCount status partial requested granted
    criteria { index name mean weighted reviews } grants { clusterId amount } reasons { code en ko params { name value } } }
  funders { clusterId name budget granted remaining funded { applicationId rank amount partial } couldNotPay { applicationId rank amount remaining } }
  redressRequests { id applicationId text answer answeredAt organizationId }
} }`;
export const PUBLISH = `mutation Publish($callId: ID!) { publishCallResults(callId: $callId) { published rows { applicationId status rank } } }`;
export const CUT = `mutation Cut($id: ID!, $note: String!) { cutAward(applicationId: $id, input: { note: $note }) { promoted } }`;
export const DECLINE = `mutation Decline($id: ID!) { declineAward(applicationId: $id) { promoted } }`;
export const RESULT = `query Result($id: ID!) { applicationResult(applicationId: $id) {
  applicationId status rank rankedCount score threshold partial requested granted mayRequestRedress mayDecline redressDeadline
  criteria { index name mean weighted reviews }
  reasons { code en ko params { name value } }
  reviews { reviewer comments { criterion criterionName score comment } }
  redress { id text answer }
} }`;
export const REQUEST_REDRESS = `mutation Redress($id: ID!, $text: String!) { requestRedress(applicationId: $id, input: { text: $text }) { id applicationId text answer organizationId } }`;
export const ANSWER_REDRESS = `mutation Answer($id: ID!, $answer: String!) { answerRedress(redressId: $id, input: { answer: $answer }) { id answer answeredAt } }`;

export interface AwardRowView {
  applicationId: string;
  title: string;
  rank: number;
  score: number;
  status: string;
  partial: boolean;
  requested: number;
  granted: number;
  reasons: { code: string; en: string; ko: string; params: { name: string; value: string }[] }[];
}

/** A call past its deadline, in evaluation (the review feature's transition), with this funder budget. */
export async function toEvaluation(
  t: TestApp,
  callId: string,
  values: { budget?: number; budgetRule?: string; redressDays?: number } = {},
): Promise<void> {
  await t.dataSource.query(
    `UPDATE call SET status = 'IN_EVALUATION', opens_at = now() - interval '30 days', closes_at = now() - interval '1 day', closed_at = now() - interval '1 day',
            budget_rule = coalesce($2, budget_rule), redress_days = coalesce($3, redress_days) WHERE id = $1`,
    [callId, values.budgetRule ?? null, values.redressDays ?? null],
  );
  if (values.budget !== undefined)
    await t.dataSource.query(`UPDATE call_funder SET budget = $2 WHERE call_id = $1`, [
      callId,
      values.budget,
    ]);
}

let submitted = 0;
/** An ELIGIBLE application (as the close job leaves it), its accepted partners and their requests. */
export async function eligibleApplication(
  t: TestApp,
  callId: string,
  lead: string,
  title: string,
  leadBudget: number,
  partners: { organizationId: string; requestedBudget: number }[] = [],
): Promise<string> {
  submitted += 1;
  const [row] = (await t.dataSource.query(
    `INSERT INTO application (call_id, lead_organization_id, status, title, lead_requested_budget, submitted_at)
     VALUES ($1, $2, 'ELIGIBLE', $3, $4, now() - ($5 || ' minutes')::interval) RETURNING id`,
    [callId, lead, title, leadBudget, String(1000 - submitted)],
  )) as { id: string }[];
  for (const p of partners)
    await t.dataSource.query(
      `INSERT INTO application_partner (application_id, organization_id, status, requested_budget, answered_at) VALUES ($1, $2, 'ACCEPTED', $3, now())`,
      [row!.id, p.organizationId, p.requestedBudget],
    );
  return row!.id;
}

/** Submitted reviews of an application, each `{score, comment}` per criterion, from fresh panel members. */
export async function submittedReviews(
  t: TestApp,
  callId: string,
  applicationId: string,
  reviews: (number | null)[][],
): Promise<void> {
  for (const [i, scores] of reviews.entries()) {
    const [reviewer] = (await t.dataSource.query(
      `INSERT INTO call_reviewer (call_id, email, expertise, max_load, status) VALUES ($1, $2, '{}'::jsonb, 10, 'ACTIVE') RETURNING id`,
      [
        callId,
        `reviewer-${applicationId.slice(0, 8)}-${i}-${Math.random().toString(36).slice(2, 8)}@example.org`,
      ],
    )) as { id: string }[];
    const [assignment] = (await t.dataSource.query(
      `INSERT INTO review_assignment (call_id, application_id, reviewer_id, status, assigned_by) VALUES ($1, $2, $3, 'NO_CONFLICT_DECLARED', 'MANAGER') RETURNING id`,
      [callId, applicationId, reviewer!.id],
    )) as { id: string }[];
    await t.dataSource.query(
      `INSERT INTO review (assignment_id, scores, status, submitted_at) VALUES ($1, $2::jsonb, 'SUBMITTED', now())`,
      [
        assignment!.id,
        JSON.stringify(
          scores.map((score, c) => ({
            score,
            comment: `Reviewer note ${i + 1} on criterion ${c + 1}`,
          })),
        ),
      ],
    );
  }
}

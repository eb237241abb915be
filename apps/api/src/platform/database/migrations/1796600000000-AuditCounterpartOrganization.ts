import type { MigrationInterface, QueryRunner } from 'typeorm';

// One state change, one audit event. An NDA acceptance concerns two organizations (the
// need's owner sees who accepted, the accepter what it agreed to) and used to be written
// twice, once per organization. Now one event names the second organization in
// counterpart_organization_id, whose ORG_ADMINs read it too (Policy.auditVisibility).
//
// Events recorded before: the owner's copy gains the counterpart, and the accepter's copy
// of the same acceptance (same need, actor and transaction time) is removed.
export class AuditCounterpartOrganization1796600000000 implements MigrationInterface {
  name = 'AuditCounterpartOrganization1796600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_event" ADD "counterpart_organization_id" uuid`);
    await queryRunner.query(
      `CREATE INDEX "audit_event_counterpart_idx" ON "audit_event" ("counterpart_organization_id", "created_at") `,
    );
    await queryRunner.query(
      `UPDATE audit_event SET counterpart_organization_id = (after->>'acceptingOrganizationId')::uuid
        WHERE action = 'nda.accepted' AND organization_id IS DISTINCT FROM (after->>'acceptingOrganizationId')::uuid`,
    );
    await queryRunner.query(
      `DELETE FROM audit_event copy
        WHERE copy.action = 'nda.accepted' AND copy.organization_id = (copy.after->>'acceptingOrganizationId')::uuid
          AND EXISTS (SELECT 1 FROM audit_event owner
                       WHERE owner.action = 'nda.accepted' AND owner.object_id = copy.object_id
                         AND owner.counterpart_organization_id = copy.organization_id
                         AND owner.actor_id IS NOT DISTINCT FROM copy.actor_id
                         AND owner.created_at = copy.created_at AND owner.after = copy.after)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `INSERT INTO audit_event (actor_id, action, object_type, object_id, organization_id, cluster_id, before, after, request_id, created_at)
       SELECT actor_id, action, object_type, object_id, counterpart_organization_id, cluster_id, before, after, request_id, created_at
         FROM audit_event WHERE action = 'nda.accepted' AND counterpart_organization_id IS NOT NULL`,
    );
    await queryRunner.query(`DROP INDEX "audit_event_counterpart_idx"`);
    await queryRunner.query(`ALTER TABLE "audit_event" DROP COLUMN "counterpart_organization_id"`);
  }
}

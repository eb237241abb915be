import { Check, Column, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { LANGUAGES, type Language, type PlatformRole } from '@spillover/domain';
import { CreatedAt, oneOf } from '../platform/database/columns';

@Entity('user_account')
@Check('user_account_language_check', oneOf('preferred_language', LANGUAGES))
@Check('user_account_email_lowercase_check', `"email" = lower("email")`)
// The review pool's name search: an expression index over immutable_unaccent(), created by
// migration and declared here only so TypeORM leaves it alone.
@Index('user_account_display_name_trgm_idx', { synchronize: false })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'user_account_pkey' })
  id: string;

  @Index('user_account_email_key', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'text' })
  passwordHash: string;

  @Column({ type: 'varchar', length: 80 })
  displayName: string;

  @Column({ type: 'varchar', length: 2, default: 'en' })
  preferredLanguage: Language;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  roles: PlatformRole[];

  /** When the owner proved the address by following a link sent to it; null until then. */
  @Column({ type: 'timestamptz', nullable: true })
  emailVerifiedAt: Date | null;

  @CreatedAt()
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

import { ORGANISATION_KINDS, type OrganisationKind } from '@casehuddle/shared';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const OrganisationKindEnum = Object.fromEntries(ORGANISATION_KINDS.map((k) => [k, k])) as {
  [K in OrganisationKind]: K;
};
registerEnumType(OrganisationKindEnum, {
  name: 'OrganisationKind',
  description: 'The kind of partner organisation in a MEAM area.',
});

/** A partner organisation: a prison, probation service, council housing team, NHS trust, charity… */
@Entity('organisation')
@ObjectType({ description: 'A partner organisation in the huddle partnership.' })
export class Organisation {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column('text')
  @Field(() => String)
  name: string;

  @Column('text')
  @Field(() => OrganisationKindEnum)
  kind: OrganisationKind;

  @Column('text', { name: 'council_area' })
  @Field(() => String, { description: 'The local authority area the organisation works in.' })
  councilArea: string;

  @Column('boolean', { default: true })
  @Field(() => Boolean)
  active: boolean;

  @Column('boolean', { name: 'require_two_factor', default: false })
  @Field(() => Boolean, { description: 'Its users must sign in with a code from an authenticator app as well as their password.' })
  requireTwoFactor: boolean;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  @Field(() => Date)
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}

import { LIMITS, type OrganisationKind } from '@casehuddle/shared';
import { Length } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { OrganisationKindEnum } from '../organisation.entity.js';

@InputType({ description: 'A new partner organisation.' })
export class CreateOrganisationInput {
  /** The name people know it by, e.g. "Northvale Probation Delivery Unit". */
  @Field(() => String)
  @Length(1, LIMITS.nameMaxLength, { message: `Enter a name of ${LIMITS.nameMaxLength} characters or fewer.` })
  name: string;

  @Field(() => OrganisationKindEnum)
  kind: OrganisationKind;

  /** The local authority area it works in. */
  @Field(() => String)
  @Length(1, LIMITS.councilAreaMaxLength, { message: `Enter a council area of ${LIMITS.councilAreaMaxLength} characters or fewer.` })
  councilArea: string;
}

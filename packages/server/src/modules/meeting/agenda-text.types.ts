import { AGENDA_TEXT_FIELDS, type AgendaTextField } from '@casehuddle/shared';
import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { asEnum } from '../../core/enums.js';

export const AgendaTextFieldEnum = asEnum(AGENDA_TEXT_FIELDS);
registerEnumType(AgendaTextFieldEnum, {
  name: 'AgendaTextField',
  description: 'A free-text field of an agenda item that several people can type into at once.',
});

/** Base64 of up to 64 KB, with room to spare. */
const MAX_BASE64 = 90_000;

@ObjectType({ description: 'Shared text (notes or decisions) of an agenda item, and the changes a client is missing.' })
export class AgendaText {
  @Field(() => ID) itemId: string;
  @Field(() => AgendaTextFieldEnum) field: AgendaTextField;
  @Field(() => Int, { description: 'Goes up with every change to the text.' }) version: number;
  @Field(() => String, { description: 'The whole text as it now stands.' }) text: string;
  @Field(() => String, {
    description: 'Base64 of a Yjs update holding what the client is missing (everything, when it sent no state vector).',
  })
  update: string;
}

@InputType({ description: 'A change typed into shared notes or decisions: merged with everyone else’s, never refused as out of date.' })
export class EditAgendaTextInput {
  @Field(() => ID) itemId: string;
  @Field(() => AgendaTextFieldEnum) field: AgendaTextField;

  @Field(() => String, { description: 'Base64 of a Yjs update to the field’s shared text (one or several merged changes).' })
  @MaxLength(MAX_BASE64, { message: 'This change is too large to send at once.' })
  update: string;

  @Field(() => String, {
    nullable: true,
    description: 'Base64 of the client’s Yjs state vector: the answer then carries only what the client is missing.',
  })
  @IsOptional()
  @MaxLength(MAX_BASE64, { message: 'This state vector is too large.' })
  stateVector?: string | null;
}

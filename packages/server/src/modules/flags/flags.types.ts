import { DAY_WARNINGS, PERSON_FLAG_KINDS, type DayWarningCode, type PersonFlagKind } from '@casehuddle/shared';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { asEnum } from '../../core/enums.js';
import { GraphQLLocalDate } from '../../core/scalars.js';

export const PersonFlagKindEnum = asEnum(PERSON_FLAG_KINDS);
export const DayWarningCodeEnum = asEnum(DAY_WARNINGS);
registerEnumType(PersonFlagKindEnum, { name: 'PersonFlagKind', description: 'Why a person is flagged to the huddle.' });
registerEnumType(DayWarningCodeEnum, {
  name: 'DayWarningCode',
  description: 'Why a day may be a poor one for a release or an appointment.',
});

@ObjectType({
  description:
    'A red flag about a person, for the agenda and the record’s header. Each follows the part of the record it comes from: release flags the situation’s section, the overdue-actions flag the actions you may see.',
})
export class PersonFlag {
  @Field(() => PersonFlagKindEnum) kind: PersonFlagKind;
  @Field(() => String, { description: 'A sentence that reads well on its own, on screen and to a screen reader.' }) text: string;
}

@ObjectType({ description: 'A warning about the day chosen: it can be read and proceeded past.' })
export class DayWarning {
  @Field(() => DayWarningCodeEnum) code: DayWarningCode;
  @Field(() => String) message: string;
}

@ObjectType({ description: 'A huddle whose caseload the person is on (only huddles your organisation belongs to or you chair).' })
export class PersonHuddle {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
  @Field(() => GraphQLLocalDate) addedOn: string;
  @Field(() => Date, { nullable: true, description: 'The next meeting not yet closed.' }) nextMeetingAt: Date | null;
}

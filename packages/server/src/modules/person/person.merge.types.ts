import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Person } from './person.types.js';

@ObjectType({ description: 'One record of a possible duplicate pair, with the version stamp a merge must name.' })
export class DuplicateRecord {
  @Field(() => Person) person: Person;
  @Field(() => String, { description: 'Every version the record carries; a merge naming an older stamp gets VERSION_CONFLICT.' })
  version: string;
}

@ObjectType({ description: 'Two records held by your organisation that are likely the same person, with why.' })
export class PossibleDuplicate {
  @Field(() => ID, { description: 'The pair: both record ids.' }) id: string;
  @Field(() => DuplicateRecord) first: DuplicateRecord;
  @Field(() => DuplicateRecord) second: DuplicateRecord;
  @Field(() => Float, { description: 'How alike the records are, 0 to 1 (exact identifiers score 1).' }) score: number;
  @Field(() => String, { description: 'The rule that matched, e.g. "Similar name and date of birth".' }) reason: string;
  @Field(() => [String], { description: 'The evidence, in words: names alike, same date of birth, same council area …' })
  evidence: string[];
}

@ObjectType({ description: 'A merge of two records: which was kept, what moved, and whether it has been undone.' })
export class PersonMerge {
  @Field(() => ID) id: string;
  @Field(() => ID) keptPersonId: string;
  @Field(() => ID, { description: 'The merged record: kept, marked as merged; reading it points to the kept record.' })
  mergedPersonId: string;
  @Field(() => Date) mergedAt: Date;
  @Field(() => Date, { nullable: true }) undoneAt: Date | null;
  @Field(() => Int, { description: 'Entries (notes, actions, appointments …) moved to the kept record.' }) rowsMoved: number;
  @Field(() => [String], { description: 'Fields of the kept record filled in from the merged one.' }) filledFields: string[];
  @Field(() => [String], { description: 'Fields where both records held different values (the kept record’s stand).' })
  differingFields: string[];
}

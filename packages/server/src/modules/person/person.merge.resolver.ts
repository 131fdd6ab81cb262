import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, ID, Info, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { requireViewer } from '../../core/context.js';
import { selectedFields } from '../../core/graphql-info.js';
import { PersonMerge, PossibleDuplicate } from './person.merge.types.js';
import { fieldsFrom } from './person.service.js';

/** The Person fields selected under `first { person }` and `second { person }`. */
function personFieldsOf(info: GraphQLResolveInfo): Set<string> {
  const found = new Set<string>();
  for (const side of ['first', 'second']) {
    const sideNodes = info.fieldNodes.flatMap((n) =>
      (n.selectionSet?.selections ?? []).filter((s) => s.kind === 'Field' && s.name.value === side),
    );
    for (const node of sideNodes) {
      if (node.kind !== 'Field') continue;
      const personNodes = (node.selectionSet?.selections ?? []).filter((s) => s.kind === 'Field' && s.name.value === 'person');
      for (const name of selectedFields({ fieldNodes: personNodes as never, fragments: info.fragments })) found.add(name);
    }
  }
  return found;
}

@Resolver()
export class PersonMergeResolver {
  @Authorized('COORDINATOR', 'MANAGER')
  @Query(() => [PossibleDuplicate], {
    description: 'Pairs of records your organisation holds that are likely the same person, side by side, best matches first.',
  })
  possibleDuplicates(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<PossibleDuplicate[]> {
    return ctx.services.merges.possibleDuplicates(requireViewer(ctx), fieldsFrom(personFieldsOf(info)));
  }

  @Authorized('COORDINATOR', 'MANAGER')
  @Mutation(() => Boolean, {
    description: 'Records that two records are not the same person, so they are no longer listed as possible duplicates.',
  })
  dismissDuplicate(
    @Arg('personId', () => ID) personId: string,
    @Arg('otherPersonId', () => ID) otherPersonId: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    return ctx.services.merges.dismiss(requireViewer(ctx), personId, otherPersonId);
  }

  @Authorized('COORDINATOR', 'MANAGER')
  @Mutation(() => PersonMerge, {
    description:
      'Merges one record into another held by your organisation: everything about the person moves to the kept record, its blanks are filled in, and the merged record is marked as merged. Undoable.',
  })
  mergePeople(
    @Arg('keepId', () => ID) keepId: string,
    @Arg('mergeId', () => ID) mergeId: string,
    @Arg('keepVersion', () => String, { description: 'The kept record’s version stamp, as compared.' }) keepVersion: string,
    @Arg('mergeVersion', () => String, { description: 'The merged record’s version stamp, as compared.' }) mergeVersion: string,
    @Arg('confirmDifferentIdentifiers', () => Boolean, {
      nullable: true,
      description: 'Merge even though the records hold different NHS numbers or dates of birth.',
    })
    confirmDifferentIdentifiers: boolean | null,
    @Ctx() ctx: Context,
  ): Promise<PersonMerge> {
    return ctx.services.merges.merge(requireViewer(ctx), { keepId, mergeId, keepVersion, mergeVersion, confirmDifferentIdentifiers });
  }

  @Authorized('COORDINATOR', 'MANAGER')
  @Mutation(() => PersonMerge, { description: 'Undoes a merge made in your organisation, restoring both records exactly as they were.' })
  undoMerge(@Arg('mergeId', () => ID) mergeId: string, @Ctx() ctx: Context): Promise<PersonMerge> {
    return ctx.services.merges.undo(requireViewer(ctx), mergeId);
  }
}

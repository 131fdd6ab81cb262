import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * The names of the fields selected directly under the current field (following fragments).
 * Lets a resolver load, and audit, only the parts of a record that were asked for.
 */
export function selectedFields(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): Set<string> {
  const names = new Set<string>();
  const visit = (set: SelectionSetNode | undefined, seen: Set<string>) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === 'Field') names.add(selection.name.value);
      else if (selection.kind === 'InlineFragment') visit(selection.selectionSet, seen);
      else if (selection.kind === 'FragmentSpread' && !seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment: FragmentDefinitionNode | undefined = info.fragments[selection.name.value];
        visit(fragment?.selectionSet, seen);
      }
    }
  };
  for (const node of info.fieldNodes as readonly FieldNode[]) visit(node.selectionSet, new Set());
  return names;
}

/**
 * The fields selected under one child field of the current field (`person` under a referral,
 * say). When the child is selected only through a fragment, `whole` is returned: every part is
 * loaded, and the disclosure gate still decides what is shown.
 */
export function selectedFieldsUnder(info: GraphQLResolveInfo, child: string, whole: readonly string[]): Set<string> {
  const node = info.fieldNodes[0]?.selectionSet?.selections.find((s) => s.kind === 'Field' && s.name.value === child);
  if (node?.kind === 'Field') return selectedFields({ fieldNodes: [node], fragments: info.fragments });
  return selectedFields(info).has(child) ? new Set(whole) : new Set();
}

/**
 * The fields selected at a path below the current field (`['items', 'actions']`: the fields of
 * each item's actions), following fragments and wherever the path is selected more than once;
 * the fields selected under each of those are named too, as `owner.organisation`. Empty when the
 * path is not selected. `@skip` and `@include` are not read: a field they leave out still counts.
 */
export function selectedFieldsAt(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[]): Set<string> {
  const children = (nodes: readonly FieldNode[]): FieldNode[] => {
    const found: FieldNode[] = [];
    const visit = (set: SelectionSetNode | undefined, seen: Set<string>) => {
      for (const selection of set?.selections ?? []) {
        if (selection.kind === 'Field') found.push(selection);
        else if (selection.kind === 'InlineFragment') visit(selection.selectionSet, seen);
        else if (selection.kind === 'FragmentSpread' && !seen.has(selection.name.value)) {
          seen.add(selection.name.value);
          visit(info.fragments[selection.name.value]?.selectionSet, seen);
        }
      }
    };
    for (const node of nodes) visit(node.selectionSet, new Set());
    return found;
  };
  let nodes: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) nodes = children(nodes).filter((n) => n.name.value === name);
  const names = new Set<string>();
  for (const field of children(nodes)) {
    names.add(field.name.value);
    for (const sub of children([field])) names.add(`${field.name.value}.${sub.name.value}`);
  }
  return names;
}

import { OUTPUT_MAP, type FieldRule, type OutputRule } from './data-map.js';

const describe = (rule: OutputRule): string => {
  if (typeof rule === 'object') return `follows its source (${rule.otherwise} otherwise)`;
  return rule;
};

/**
 * The data map as a Markdown table (one row per type and rule), for docs/data-protection.md.
 * A test checks that the document holds exactly this table, so the document stays true.
 */
export function dataMapTable(): string {
  const rows: string[] = ['| Type | Rule | Fields |', '| --- | --- | --- |'];
  for (const [type, fields] of Object.entries(OUTPUT_MAP)) {
    const byRule = new Map<string, string[]>();
    for (const [field, entry] of Object.entries(fields)) {
      const rule = typeof entry === 'object' && 'rule' in entry ? (entry as FieldRule).rule : (entry as OutputRule);
      const key = describe(rule);
      byRule.set(key, [...(byRule.get(key) ?? []), field]);
    }
    for (const [rule, list] of byRule) rows.push(`| ${type} | ${rule} | ${list.sort().join(', ')} |`);
  }
  return rows.join('\n');
}

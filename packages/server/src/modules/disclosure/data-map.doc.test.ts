import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dataMapTable } from './data-map.doc.js';

const DOC = fileURLToPath(new URL('../../../../../docs/data-protection.md', import.meta.url));
const START = '<!-- data-map:start -->';
const END = '<!-- data-map:end -->';

describe('docs/data-protection.md', () => {
  it('holds the data map exactly as the code declares it (regenerate with `pnpm --filter @casehuddle/server data-map`)', () => {
    const doc = readFileSync(DOC, 'utf8');
    const table = doc.slice(doc.indexOf(START) + START.length, doc.indexOf(END)).trim();
    expect(doc.includes(START) && doc.includes(END)).toBe(true);
    const normalise = (s: string) =>
      s
        .split('\n')
        .filter((line) => !/^\|\s*-/.test(line))
        .map((line) => line.replace(/\s+/g, ' ').trim());
    expect(normalise(table)).toEqual(normalise(dataMapTable()));
  });
});

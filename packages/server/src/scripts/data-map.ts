import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dataMapTable } from '../modules/disclosure/data-map.doc.js';

/** Writes the data map table into docs/data-protection.md between its markers. */
const doc = fileURLToPath(new URL('../../../../docs/data-protection.md', import.meta.url));
const text = readFileSync(doc, 'utf8');
const start = '<!-- data-map:start -->';
const end = '<!-- data-map:end -->';
const next = `${text.slice(0, text.indexOf(start) + start.length)}\n\n${dataMapTable()}\n\n${text.slice(text.indexOf(end))}`;
writeFileSync(doc, next);
console.log(`Wrote the data map into ${doc}`);

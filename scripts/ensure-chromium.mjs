#!/usr/bin/env node
// Browser journeys drive Debian's Chromium. Install it when it is missing and we may (root with
// apt-get); otherwise explain what to do. Playwright's own browser download is never used.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (existsSync(CHROMIUM)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.log(`Chromium is not at ${CHROMIUM}; installing Debian's chromium package…`);
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
    shell: '/bin/bash',
  });
  if (existsSync(CHROMIUM)) process.exit(0);
}
console.error(
  `The browser journeys need Chromium at ${CHROMIUM}.\n` +
    `Install it with: sudo apt-get update && sudo apt-get install -y chromium\n` +
    `or point CHROMIUM_PATH at an installed Chromium or Chrome.`,
);
process.exit(1);

// The built entry point (`dist/main.js`), kept here so that `pnpm start`, `pnpm serve` and the
// journeys need not know the layout. Start-up itself lives in the composition root, app/main.ts.
import './app/main.js';

import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeGraphqlFetch } from './fakeGraphqlFetch';

// Every page loads on demand (lazyPage), and Vitest compiles each module the first time it is
// imported, which on a busy machine can take several seconds (Testing Library's default is one).
configure({ asyncUtilTimeout: 10_000 });

// The sign-in page talks to the API with fetch, not Apollo: by default nobody is signed in.
beforeEach(() => {
  fakeGraphqlFetch({});
});
afterEach(() => {
  vi.unstubAllGlobals();
});

// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
});

// jsdom has no layout, so give the error summary's scroll-into-view something to call.
if (!Element.prototype.scrollIntoView) {
  Element.prototype.scrollIntoView = function scrollIntoView() {};
}

import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';

// findBy* and waitFor give up after 1 s by default: on a loaded 2-core machine a lazy route
// chunk can take longer than that to import in jsdom. They return as soon as the element is
// there, so the longer limit costs nothing when things are fast.
configure({ asyncUtilTimeout: 5_000 });

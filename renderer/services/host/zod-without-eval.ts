import { z } from 'zod';

// The app's CSP forbids eval; zod would otherwise probe for it with `new Function`. Every entry
// (the page, the report page, each worker) imports this before it validates anything.
z.config({ jitless: true });

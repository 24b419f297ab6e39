import { z } from 'zod';

// zod 4 probes `new Function` on first use to compile fast parsers; the page's CSP forbids eval, so
// the probe would log a violation. The interpreted parsers are fast enough for forms.
z.config({ jitless: true });

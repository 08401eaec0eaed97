import { z } from "zod";

/**
 * Zod as the forms use it, in the browser and on the server. Jitless: otherwise zod compiles object parsers with
 * `new Function` (and probes for it), which the pages' Content-Security-Policy refuses — no eval runs there.
 * Every form module imports `z` from here, so this runs before any of their schemas is built.
 */
z.config({ jitless: true });

export { z };

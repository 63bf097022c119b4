import { z } from 'zod';

/**
 * zod 4 compiles a fast parser per object schema with `new Function` unless told not to. The app
 * never evaluates generated code: the renderer's CSP forbids it, and the main process should not
 * need an exception a reviewer (or Electronegativity) has to reason about. Imported first by the
 * modules every process loads before it builds a schema (contract.ts, errors.ts), because zod reads
 * the setting when a schema is created.
 */
z.config({ jitless: true });

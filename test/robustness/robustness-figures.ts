/**
 * What a robustness suite reports: counted outcomes, each with the figure it must reach. The
 * summary (`npm run robustness`) prints them as a table; a suite's vitest file asserts the same
 * figures on its quick run, so CI fails when one is missed.
 */
export interface RobustnessFigure {
  /** The suite: 'hostile-register-files', 'faults', 'api-abuse'… */
  suite: string;
  /** What was counted: 'inputs tried', 'crashes', 'workspace changes from rejected inputs'… */
  measure: string;
  value: number;
  /** The figure required: at least (for volumes) or at most (for failures); none when only reported. */
  required?: { atLeast?: number; atMost?: number };
  /** Examples behind a failure (input name, error), for the one reading the table. */
  examples?: string[];
}

export interface SuiteOptions {
  /** The CI run: fewer inputs and trials, same checks. */
  quick: boolean;
  /** A fixed seed so that a failure can be replayed. */
  seed: number;
  log: (line: string) => void;
}

export type RobustnessSuite = (options: SuiteOptions) => Promise<RobustnessFigure[]>;

export function met(f: RobustnessFigure): boolean {
  if (!f.required) return true;
  if (f.required.atLeast !== undefined && f.value < f.required.atLeast) return false;
  if (f.required.atMost !== undefined && f.value > f.required.atMost) return false;
  return true;
}

/** A suite's figure maker: `figure('crashes', n, { atMost: 0 }, examples)`; examples kept to ten. */
export function figuresOf(suite: string) {
  return (
    measure: string,
    value: number,
    required?: RobustnessFigure['required'],
    examples?: string[],
  ): RobustnessFigure => ({
    suite,
    measure,
    value,
    ...(required ? { required } : {}),
    ...(examples?.length ? { examples: examples.slice(0, 10) } : {}),
  });
}

/** A mistake in how a command was called or in its input file: one line, exit code 2. */
export class UsageError extends Error {}

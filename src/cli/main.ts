import { CommanderError } from 'commander';
import { PolicyParseError, UsageError } from '../errors.js';
import { removePendingTempFiles } from '../io/atomic.js';
import { makeProgram } from './program.js';
import { EXIT_SOME_FAILED, EXIT_USAGE, type CliStreams } from './streams.js';
import { OutputError } from '../io/output.js';
import { failureLine, oneLineText } from './lines.js';

/**
 * Run the CLI and return the exit code: 0 ok, 1 some input failed (or an output could not be
 * written), 2 usage error. Never prints a stack trace for a user's mistake.
 */
export async function main(argv: string[], streams: CliStreams): Promise<number> {
  const state = { exitCode: 0 };
  const program = makeProgram(streams, state);
  try {
    await program.parseAsync(argv);
    return state.exitCode;
  } catch (error) {
    removePendingTempFiles();
    if (error instanceof CommanderError) {
      // --help and --version also arrive here with exit code 0.
      return error.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    if (error instanceof UsageError) {
      streams.stderr.write(`error: ${oneLineText(error.message)}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof OutputError) {
      // The output folder or file cannot be made at all: `path: reason [PDP_OUTPUT_…]`.
      streams.stderr.write(failureLine(error.target, error));
      return EXIT_SOME_FAILED;
    }
    if (error instanceof PolicyParseError) {
      streams.stderr.write(`error: ${oneLineText(error.message)} [${error.code}]\n`);
      return EXIT_SOME_FAILED;
    }
    // A bug: one line with a stable code, never a stack trace (errno text may name any file).
    const { message } = error as Error;
    streams.stderr.write(`error: ${oneLineText(message ?? String(error))} [PDP_INTERNAL]\n`);
    return EXIT_SOME_FAILED;
  }
}

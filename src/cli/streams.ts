// What every command runs against, injected so that tests run the CLI in process; and its exit codes.

/** The streams and environment a command reads and writes. */
export interface CliStreams {
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  /** Environment read by the run (`--shard auto/N`); default process.env. */
  env?: NodeJS.ProcessEnv;
}

export const EXIT_OK = 0;
export const EXIT_SOME_FAILED = 1;
export const EXIT_USAGE = 2;

/**
 * Text writers for the CLI's destinations. Standard output: a closed pipe (`| head`) ends the
 * process quietly with 0, since the reader has all it wanted.
 */
export interface TextWriter {
  write(chunk: string): Promise<void>;
}

let epipeHandled = false;

export function stdoutWriter(stream: NodeJS.WriteStream = process.stdout): TextWriter {
  if (!epipeHandled) {
    epipeHandled = true;
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(0);
      process.stderr.write(`error: cannot write to stdout: ${error.message} [PDP_OUTPUT_FAILED]\n`);
      process.exit(1);
    });
  }
  return {
    write: (chunk) =>
      new Promise<void>((resolve) => {
        if (!chunk) return resolve();
        if (stream.write(chunk)) resolve();
        else stream.once('drain', () => resolve());
      }),
  };
}

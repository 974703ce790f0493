import { Command, Option } from 'commander';
import { FORMATS } from '../export/formats.js';
import { CSV_TABLES } from '../export/formats.js';
import { encodingLabel, positiveInteger, shardSpec, type ParseCommandOptions } from './options.js';
import { runParse, EXIT_USAGE, type CliStreams } from './run.js';
import { toolInfo } from './version.js';
import { INPUT_FORMATS } from '../io/formats/detect.js';

/**
 * The commander program. Actions set `exitCode` on the returned state instead of exiting, so
 * tests can run it in-process; `src/cli.ts` turns that into the process exit code.
 */
export function makeProgram(streams: CliStreams, state: { exitCode: number } = { exitCode: 0 }): Command {
  const program = new Command('policy-parse');
  program
    .description('Turn Chinese government policy documents into data: metadata, outline, targets, responsibility lists.')
    .version(toolInfo().version)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => streams.stdout.write(s),
      writeErr: (s) => streams.stderr.write(s),
    });

  program
    .command('parse')
    .description('parse files, folders (*.txt *.md *.html *.htm *.mht *.docx *.pdf *.ofd, recursively) or stdin (`-` or no input)')
    .argument('[inputs...]', 'files, folders, or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format (default: from -o FILE\'s extension, else json)').choices(FORMATS))
    .option('-o, --output <file>', 'write all documents to one file (atomically)')
    .option('--out <dir>', 'write one file per input (csv: one file per table) and manifest.json into DIR')
    .option('--compact', 'JSON on one line per document (default when stdout is not a terminal)')
    .option('--pretty', 'indented JSON (default on a terminal and for -o / --out files)')
    .addOption(new Option('--table <table>', 'csv to stdout or -o: which table (default: targets)').choices(CSV_TABLES))
    .option('--no-bom', 'csv: no UTF-8 byte order mark (it is on by default so Excel reads Chinese)')
    .option('--encoding <label>', 'force the input charset (utf-8, gb18030, gbk, utf-16le, …)', encodingLabel)
    .option('--no-indicators', 'skip filling targets[].indicator (leaves it null; a little faster)')
    .option('-j, --jobs <n>', 'parallel workers (default: cores - 1 for 16+ files, else none; 1 = no workers)', positiveInteger)
    .option('--shard <i/n>', 'parse only shard i of n (stable split by a hash of each path)', shardSpec)
    .option('-q, --quiet', 'no progress or summary on stderr (errors are still printed)')
    .addOption(new Option('--from <format>', 'input format (default: detected from content and extension)').choices(INPUT_FORMATS))
    .option('--include-text', 'add the text every offset points into as source.text (for html, docx, pdf: the extracted text)')
    .action(async (inputs: string[], options: ParseCommandOptions, command: Command) => {
      if (inputs.length === 0 && streams.stdin.isTTY) {
        command.outputHelp({ error: true });
        state.exitCode = EXIT_USAGE;
        return;
      }
      state.exitCode = await runParse(inputs, options, streams);
    });

  program
    .command('schema')
    .description('print the JSON Schema of the output document')
    .action(async () => {
      const [{ z }, { Document }] = await Promise.all([import('zod'), import('../schema/document.js')]);
      streams.stdout.write(JSON.stringify(z.toJSONSchema(Document), null, 2) + '\n');
    });

  return program;
}

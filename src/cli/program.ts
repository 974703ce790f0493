import { Command, Option } from 'commander';
import { FORMATS } from '../export/formats.js';
import { CSV_TABLES } from '../export/formats.js';
import { encodingLabel, nonNegativeInteger, positiveInteger, shardSpec, type ParseCommandOptions } from './options.js';
import { runParse, runRecordsCommand } from './run.js';
import { EXIT_USAGE, type CliStreams } from './streams.js';
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
    .option('--shard <i/n>', 'parse only shard i of n (stable split by a hash of each path below its folder); auto/n: i from JOB_COMPLETION_INDEX, SLURM_ARRAY_TASK_ID or AWS_BATCH_JOB_ARRAY_INDEX', shardSpec)
    .option('-q, --quiet', 'no progress or summary on stderr (errors are still printed)')
    .addOption(
      new Option('--offset-unit <unit>', 'count offsets in code points (Python, R) or utf16 code units (JavaScript)')
        .choices(['codepoint', 'utf16'])
        .default('codepoint'),
    )
    .option('--array', 'json: always print an array, even for one input (use it in scripts)')
    .option('--records', 'stream: NDJSON records {id, text | bytes_b64 | path} on stdin, NDJSON records out per input as parsed')
    .addOption(new Option('--from <format>', 'input format (default: detected from content and extension)').choices(INPUT_FORMATS))
    .option('--include-text', 'add the text every offset points into as source.text (for html, docx, pdf: the extracted text)')
    .option('--explain', 'print to stderr which rule made, dropped or changed each span (also POLICY_PARSE_DEBUG=1)')
    .option('--explain-at <offset>', 'like --explain, only what concerns OFFSET (in --offset-unit)', nonNegativeInteger)
    .action(async (inputs: string[], options: ParseCommandOptions, command: Command) => {
      if (options.records) {
        state.exitCode = await runRecordsCommand(inputs, options, streams);
        return;
      }
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

  // report and diff: their code (and the diff/report modules) loads only when they run.
  program
    .command('report')
    .description('write an HTML report: each document with its extractions highlighted, an index, unit networks')
    .argument('<inputs...>', 'files or folders (*.txt, *.md, recursively)')
    .requiredOption('--out <dir>', 'folder for index.html, one page per document and assets/')
    .option('--encoding <label>', 'force the input charset (utf-8, gb18030, gbk, utf-16le, …)', encodingLabel)
    .option('--no-indicators', 'skip filling targets[].indicator')
    .option('-q, --quiet', 'no summary on stderr (errors are still printed)')
    .action(async (inputs: string[], options: import('./report.js').ReportCommandOptions) => {
      const { runReport } = await import('./report.js');
      state.exitCode = await runReport(inputs, options, streams);
    });

  program
    .command('diff')
    .description('the changes between two versions of one plan: sections, targets, responsible units')
    .argument('<old>', 'the earlier version: a source file or a JSON document from `parse`')
    .argument('<new>', 'the later version')
    .addOption(new Option('-f, --format <format>', "json, ndjson, csv, text or html (default: from -o FILE's extension, else text on a terminal, json on a pipe)").choices(['json', 'ndjson', 'csv', 'text', 'html']))
    .option('-o, --output <file>', 'write to FILE (atomically)')
    .option('--encoding <label>', 'force the input charset', encodingLabel)
    .option('--no-bom', 'csv: no UTF-8 byte order mark')
    .option('--compact', 'JSON on one line')
    .option('--pretty', 'indented JSON')
    .action(async (oldPath: string, newPath: string, options: import('./diff.js').DiffCommandOptions) => {
      const { runDiff } = await import('./diff.js');
      state.exitCode = await runDiff(oldPath, newPath, options, streams);
    });

  return program;
}

#!/usr/bin/env node
// Thin entry: everything lives in src/cli/ (makeProgram) over the library.
import { main } from './cli/main.js';

const streams = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
process.exitCode = await main(process.argv, streams);

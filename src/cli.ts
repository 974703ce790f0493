#!/usr/bin/env node
// Minimal entry; the full CLI (batches, formats, atomic writes) is built in src/cli/.
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { parseDocument } from './index.js';

const program = new Command('policy-parse');
program
  .command('parse')
  .argument('<file>')
  .option('--format <format>', 'output format', 'json')
  .action((file: string) => {
    const doc = parseDocument(readFileSync(file), { path: file });
    process.stdout.write(JSON.stringify(doc, null, 2) + '\n');
  });
program.parse();

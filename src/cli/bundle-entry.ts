// What the bundled CLI (dist/cli.cjs) exposes to its loader: the program, and the parser so the
// build can warm it up before writing the V8 code cache.
export { main } from './main.js';
export { parseDocument } from '../document.js';

#!/usr/bin/env node
// `npx canarylab ...`: the same CLI as the native binary (src/cli.rs), run in wasm. Files and
// standard input are read here with Node's fs; arguments, output and exit codes are the CLI's.
import { readFileSync } from 'node:fs';
import { runCli } from '../node.js';

const readFile = (path) => {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new Error(e.code === 'ENOENT' ? 'No such file or directory' : e.message);
  }
};
const readStdin = () => readFileSync(0, 'utf8');

const out = runCli(process.argv.slice(2), readFile, readStdin);
process.stdout.write(out.stdout);
process.stderr.write(out.stderr);
process.exitCode = out.code;

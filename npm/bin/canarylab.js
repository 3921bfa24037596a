#!/usr/bin/env node
// `npx canarylab ...`: the same CLI as the native binary (src/cli.rs), run in wasm. Files and
// standard input are read (and `validate --fix` writes files) here with Node's fs, and simulate's
// progress bar is written to standard error as it goes; the locale's variables come from the
// environment; arguments, output and exit codes are the CLI's.
import { readFileSync, writeFileSync } from 'node:fs';
import { runCli } from '../node.js';

// The OS's own words for the common failures, as the native binary prints them (Node prefixes
// its messages with the code and adds the call).
const native = {
  ENOENT: 'No such file or directory',
  EACCES: 'Permission denied',
  EISDIR: 'Is a directory',
  ENOTDIR: 'Not a directory',
  EROFS: 'Read-only file system',
};

const readFile = (path) => {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new Error(native[e.code] ?? e.message);
  }
};
const readStdin = () => readFileSync(0, 'utf8');
const writeFile = (path, text) => {
  try {
    writeFileSync(path, text, 'utf8');
  } catch (e) {
    throw new Error(native[e.code] ?? e.message);
  }
};

// simulate's progress bar goes straight to standard error (a terminal, or --progress).
const stderr = { isTerminal: Boolean(process.stderr.isTTY), write: (text) => process.stderr.write(text) };

// The locale's variables, as the native binary reads them: LANG=ko_KR.UTF-8 speaks Korean.
const out = runCli(process.argv.slice(2), readFile, readStdin, writeFile, stderr, process.env);
process.stdout.write(out.stdout);
process.stderr.write(out.stderr);
process.exitCode = out.code;

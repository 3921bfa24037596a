// Trunk post_build hook: put the SHA-256 of every inline <script> of index.html into its
// Content-Security-Policy, in place of CSP_INLINE_SCRIPT_HASHES. Trunk's loader is inline and a
// static page has no per-request nonce, so a hash is the only way to allow it without
// 'unsafe-inline'. Runs in Trunk's staging dir (TRUNK_STAGING_DIR); fails the build on surprises.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) {
  console.error('csp-hash: TRUNK_STAGING_DIR is not set (run me as a Trunk hook or pass a dir)');
  process.exit(2);
}
const file = join(dir, 'index.html');
let html = readFileSync(file, 'utf8');
// Static nonces are no protection; drop any that a Trunk version adds.
html = html.replace(/\snonce="[^"]*"/g, '');
const hashes = [];
for (const m of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
  if (/\bsrc=/.test(m[0].slice(0, m[0].indexOf('>')))) continue;
  hashes.push(`'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);
}
if (!html.includes('CSP_INLINE_SCRIPT_HASHES')) {
  console.error('csp-hash: index.html has no CSP_INLINE_SCRIPT_HASHES placeholder');
  process.exit(1);
}
html = html.replace('CSP_INLINE_SCRIPT_HASHES', hashes.join(' '));
writeFileSync(file, html);
console.log(`csp-hash: ${hashes.length} inline script(s) hashed into the CSP`);

// Must compile: the typed surface as a consumer uses it.
import { init, runCli, version, type CliOutcome } from 'canarylab';

await init();
const v: string = version();
const out: CliOutcome = runCli(['--version'], (p) => p, () => '');
const code: number = out.code;
console.log(v, code);

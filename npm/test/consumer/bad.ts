// Must NOT compile: tsc has to catch these before anything runs.
import { runCli, version } from 'canarylab';

const n: number = version();
runCli('--version', (p: string) => p, () => '');
console.log(n);

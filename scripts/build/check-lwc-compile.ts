/** `npm run check:lwc`: the LWC compiler must accept every emitted bundle. */
import { join } from 'node:path';
import { compileBundle } from './lwcCompile';
import { display, findLwcBundles } from './lwcSources';

const bundles = findLwcBundles(join(__dirname, '..', '..', 'force-app'));
const problems = bundles.flatMap(compileBundle);
for (const problem of problems) {
    console.error(`${display(problem.file)}: ${problem.message}`);
}
if (problems.length > 0) {
    console.error(`check:lwc: ${problems.length} problem(s) in ${bundles.length} bundle(s).`);
    process.exit(1);
}
console.log(`check:lwc: the LWC compiler accepts all ${bundles.length} bundle(s).`);

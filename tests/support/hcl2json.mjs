// hcl2json.mjs FILE.tf: prints FILE's HCL as JSON, parsed by HashiCorp's own HCL parser (the npm package
// @cdktf/hcl2json, a WebAssembly build of github.com/hashicorp/hcl), loaded from the folder named by the
// KEYWARD_NPM_TOOLS environment variable (scripts/test.sh installs it there). Exit status: 0 parsed, 1 the HCL
// does not parse, 2 the parser is not installed or the file cannot be read.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const tools = process.env.KEYWARD_NPM_TOOLS;
const file = process.argv[2];
if (!tools || !file) {
    console.error('usage: KEYWARD_NPM_TOOLS=DIR node hcl2json.mjs FILE.tf');
    process.exit(2);
}
let parse;
try {
    ({ parse } = createRequire(join(tools, 'package.json'))('@cdktf/hcl2json'));
} catch (e) {
    console.error(`@cdktf/hcl2json is not installed in ${tools} (scripts/test.sh installs it): ${e.message}`);
    process.exit(2);
}
let text;
try {
    text = readFileSync(file, 'utf8');
} catch (e) {
    console.error(`cannot read ${file}: ${e.message}`);
    process.exit(2);
}
try {
    process.stdout.write(JSON.stringify(await parse(file, text)));
} catch (e) {
    console.error(String(e));
    process.exit(1);
}

// Rebuilds the committed editor bundle: npm ci && npm run build (from tools/editor).
// Writes src/TyollisyysAlue.Web/wwwroot/lib/editor/editor.js (one ES module, minified) and THIRD-PARTY-LICENSES.txt
// with the licence of every package in it.
import { build } from 'esbuild';
import { readFileSync, writeFileSync, existsSync, readdirSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '../../src/TyollisyysAlue.Web/wwwroot/lib/editor');
mkdirSync(out, { recursive: true });

const result = await build({
    entryPoints: [join(here, 'src/editor.js')],
    bundle: true, format: 'esm', minify: true, target: 'es2020', legalComments: 'none', metafile: true,
    outfile: join(out, 'editor.js'),
});

// The packages the bundle contains, each with its licence text, in a stable order.
const packages = new Set();
for (const input of Object.keys(result.metafile.inputs)) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (match) packages.add(match[1]);
}
const sections = [...packages].sort().map(name => {
    const dir = join(here, 'node_modules', name);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const file = readdirSync(dir).find(f => /^(licen[cs]e|copying)/i.test(f));
    const text = file ? readFileSync(join(dir, file), 'utf8').trim() : `License: ${pkg.license} (no licence file in the package)`;
    return `${name} ${pkg.version} (${pkg.license})\n${'-'.repeat(60)}\n${text}\n`;
});
writeFileSync(join(out, 'THIRD-PARTY-LICENSES.txt'),
    'Third-party software in editor.js (built by tools/editor: npm ci && npm run build)\n\n' + sections.join('\n'));
console.log(`editor.js: ${packages.size} packages`);

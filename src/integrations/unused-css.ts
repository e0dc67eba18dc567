import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import postcss, { type Root } from 'postcss';
import selectorParser from 'postcss-selector-parser';
import { filesUnder, textsOf } from './built-files.ts';

/**
 * Class names the built site can put on an element: every name in a `class` attribute of a page,
 * and every word of a script (scripts build markup from literal class names). Added to `used`,
 * so that a pass can hand in one page at a time.
 */
export function classesInUse(pages: Iterable<string>, scripts: string[], used = new Set<string>()): Set<string> {
	for (const html of pages) for (const [, list] of html.matchAll(/\sclass="([^"]*)"/g)) for (const name of list.split(/\s+/)) if (name) used.add(name);
	for (const js of scripts) for (const [word] of js.matchAll(/[\w-]+/g)) used.add(word);
	return used;
}

/** Pseudo-classes whose argument is a list of which one must match for the selector to. */
const ANY_OF = new Set([':is', ':where', ':has', ':matches', ':-webkit-any']);

/**
 * Whether a selector can match anything when only `used` classes exist: each class it requires
 * must be in use, and of an `:is()`/`:where()`/`:has()` list at least one alternative must be
 * able to match. Tags, ids, attributes and every other pseudo-class are assumed to match (they
 * are states and elements scripts and the browser create), and `:not()` never requires a class.
 */
function canMatch(selector: selectorParser.Selector, used: Set<string>): boolean {
	for (const node of selector.nodes) {
		if (node.type === 'class' && !used.has(node.value)) return false;
		if (node.type === 'pseudo' && ANY_OF.has(node.value.toLowerCase()) && node.nodes.length > 0 && !node.nodes.some((inner) => canMatch(inner, used)))
			return false;
	}
	return true;
}

/**
 * Removes from a stylesheet the rules none of whose selectors can match (see `canMatch`), and
 * at-rules left empty. A rule with one selector that can match is kept whole.
 */
export function dropUnmatchable(root: Root, used: Set<string>): void {
	const parse = selectorParser();
	root.walkRules((rule) => {
		if (rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as postcss.AtRule).name)) return;
		const selectors = parse.astSync(rule.selector);
		if (!selectors.nodes.some((selector) => canMatch(selector, used))) rule.remove();
	});
	dropEmpty(root);
}

/** Rules and at-rules left with nothing inside. */
function dropEmpty(root: Root): void {
	root.walkRules((rule) => {
		if (rule.nodes.length === 0) rule.remove();
	});
	root.walkAtRules((atRule) => {
		if (atRule.nodes !== undefined && atRule.nodes.length === 0) atRule.remove();
	});
}

/** Custom property names (`--sl-color-orange`) anywhere in a text: a page's styles or a script that reads or sets one. Added to `named`. */
export function customPropertiesNamed(texts: Iterable<string>, named = new Set<string>()): Set<string> {
	for (const text of texts) for (const [name] of text.matchAll(/--[\w-]+/g)) named.add(name);
	return named;
}

/**
 * Removes the custom properties no stylesheet reads with `var()` and no page or script names
 * (`named`): Starlight declares its whole palette and type scale, and a site uses part of it.
 * Repeated until nothing changes, since a removed declaration may have been the only reader of
 * another. The sheets are read together: one declares what another reads.
 */
export function dropUnreadProperties(sheets: Root[], named: Set<string>): void {
	for (;;) {
		const read = new Set(named);
		for (const sheet of sheets)
			sheet.walkDecls((decl) => {
				for (const [, name] of decl.value.matchAll(/var\(\s*(--[\w-]+)/g)) if (name !== decl.prop) read.add(name);
			});
		let removed = 0;
		for (const sheet of sheets)
			sheet.walkDecls(/^--/, (decl) => {
				if (read.has(decl.prop)) return;
				decl.remove();
				removed++;
			});
		if (removed === 0) break;
	}
	for (const sheet of sheets) dropEmpty(sheet);
}

/** The stylesheets' texts without what can match nothing and the custom properties nothing reads, in the same order. */
export function strippedSheets(originals: string[], used: Set<string>, named: Set<string>): string[] {
	const sheets = originals.map((original) => postcss.parse(original));
	for (const sheet of sheets) dropUnmatchable(sheet, used);
	dropUnreadProperties(sheets, named);
	return sheets.map((sheet) => sheet.toString());
}

/** This module's own text: a change to the pass is a change to its result. */
const PASS_SOURCE = readFileSync(fileURLToPath(import.meta.url), 'utf8');

/**
 * The key of one run of the pass: the stylesheets (names and texts), the class names and custom
 * properties in use, and the pass itself (PostCSS and its selector parser are pinned exactly in
 * package.json).
 */
export function strippingKey(files: string[], originals: string[], used: Set<string>, named: Set<string>): string {
	const hash = createHash('sha256').update(PASS_SOURCE);
	for (const part of [files.join('\n'), ...originals, [...used].sort().join(' '), [...named].sort().join(' ')]) hash.update(`\0${part.length}\0`).update(part);
	return hash.digest('base64url');
}

/**
 * `strippedSheets`, kept between builds in the JSON file `cacheFile` under its key: the sheets
 * and the pages rarely change from one build to the next, and the stripping was 65–75 ms of the
 * main thread at the end of a build (docs/performance.md, round twenty). A missing or unreadable
 * file, or another key, runs the pass.
 */
export function keptStrippedSheets(cacheFile: string, files: string[], originals: string[], used: Set<string>, named: Set<string>): string[] {
	const key = strippingKey(files, originals, used, named);
	try {
		const kept = JSON.parse(readFileSync(cacheFile, 'utf8')) as { key?: string; sheets?: string[] };
		if (kept.key === key && kept.sheets?.length === originals.length) return kept.sheets;
	} catch {
		// None kept yet, or a file cut short: run the pass.
	}
	const sheets = strippedSheets(originals, used, named);
	mkdirSync(dirname(cacheFile), { recursive: true });
	writeFileSync(cacheFile, JSON.stringify({ key, sheets }));
	return sheets;
}

/**
 * Drops from the built stylesheets the rules that can match nothing on any built page or in any
 * script: Starlight's styles for components this site never renders (asides, badges, cards, hero,
 * banner, link buttons, heading anchors), and the custom properties nothing reads (`dropUnreadProperties`). Written here rather than with PurgeCSS, which also
 * removed Starlight's list spacing (`:is(ol,ul):has(…)>li>:is(:last-child…)`), as a comparison of
 * every element's computed style before and after showed. A changed sheet gets a name with the
 * hash of its new content, so a cached copy of the old one is never served for it; the new names
 * go into `renamed` (`_astro/<old>.css` → `_astro/<new>.css`) for the pages' pass
 * (./page-scripts.ts) to point every page at, so that each page is written once.
 */
export function unusedCss({ renamed }: { renamed: Map<string, string> }): AstroIntegration {
	let cacheFile = '';
	return {
		name: 'unused-css',
		hooks: {
			'astro:config:done': ({ config }) => {
				cacheFile = fileURLToPath(new URL('unused-css.json', config.cacheDir));
			},
			'astro:build:done': ({ dir, logger }) => {
				const started = performance.now();
				const root = fileURLToPath(dir);
				const assets = join(root, '_astro');
				// The pages are read one at a time (at 50,000 codes they are most of the build's memory).
				const pageFiles = filesUnder(root, '.html');
				const scripts = filesUnder(assets, '.js').map((file) => readFileSync(file, 'utf8'));
				const used = classesInUse([], scripts);
				const named = customPropertiesNamed(scripts);
				// Each page read once for both.
				for (const html of textsOf(pageFiles)) {
					classesInUse([html], [], used);
					customPropertiesNamed([html], named);
				}
				// The map outlives one build (it is the config's); only this build's names belong in it.
				renamed.clear();
				let before = 0;
				let after = 0;
				const files = filesUnder(assets, '.css');
				const originals = files.map((file) => readFileSync(file, 'utf8'));
				const sheets = keptStrippedSheets(
					cacheFile,
					files.map((file) => basename(file)),
					originals,
					used,
					named,
				);
				files.forEach((file, i) => {
					const css = sheets[i];
					before += originals[i].length;
					after += css.length;
					if (css === originals[i]) return;
					// Vite's names end in `.<hash>.css`: the hash is replaced by one of the new content.
					const name = basename(file).replace(/\.[\w-]+\.css$/, `.${createHash('sha256').update(css).digest('base64url').slice(0, 8)}.css`);
					writeFileSync(join(assets, name), css);
					if (name !== basename(file)) rmSync(file);
					renamed.set(`_astro/${basename(file)}`, `_astro/${name}`);
				});
				logger.info(
					`Stylesheets ${Math.round(before / 1024)} KB → ${Math.round(after / 1024)} KB: rules that can match nothing on any page and custom properties nothing reads removed in ${Math.round(performance.now() - started)} ms.`,
				);
			},
		},
	};
}

/**
 * The peer `npm run bench` measures this site against: a default Starlight site built from the
 * same catalogs, as anyone would make one with the theme alone: a Markdown page per venue at the same path as ours, one
 * `##` per group and one `###` per code with its name and its messages as a list, a home page
 * listing the venues, Starlight's own 404 and its default Pagefind search. Nothing is tuned.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog } from '../../src/catalog/model.ts';

/** Backslash-escapes every ASCII punctuation character (CommonMark allows it), so catalog text stays text. */
export const markdownText = (text: string) => text.replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');

/** A YAML double-quoted scalar (JSON's string syntax is one). */
const yamlString = (text: string) => JSON.stringify(text);

/** The Markdown page of one venue. */
export function venueMarkdown(catalog: Catalog): string {
	const lines = ['---', `title: ${yamlString(catalog.title)}`, `description: ${yamlString(catalog.summary)}`, '---', '', markdownText(catalog.summary), ''];
	for (const group of catalog.groups) {
		lines.push(`## ${markdownText(group.heading)}`, '');
		for (const entry of group.entries) {
			lines.push(`### ${markdownText(entry.code)}`, '');
			if (entry.name) lines.push(markdownText(entry.name), '');
			for (const message of entry.messages) lines.push(`- ${markdownText(message)}`);
			lines.push('');
		}
	}
	return lines.join('\n');
}

/**
 * Writes the peer project into a new folder inside this one (`.fixture-peer-*`, git-ignored: its
 * imports resolve this project's node_modules, as a linked node_modules would not for Vite) and returns it.
 */
export function writePeerSite(catalogs: Catalog[], title: string, description: string): string {
	const root = mkdtempSync(join(process.cwd(), '.fixture-peer-'));
	writeFileSync(
		join(root, 'package.json'),
		JSON.stringify({ name: 'peer-starlight', private: true, type: 'module', dependencies: { astro: '*', '@astrojs/starlight': '*' } }),
	);
	writeFileSync(
		join(root, 'astro.config.mjs'),
		[
			"import { defineConfig } from 'astro/config';",
			"import starlight from '@astrojs/starlight';",
			'export default defineConfig({',
			"\tsite: 'https://peer.example',",
			`\tintegrations: [starlight({ title: ${JSON.stringify(title)}, sidebar: ${JSON.stringify(catalogs.map((c) => ({ label: c.title, slug: c.slug })))} })],`,
			'});',
			'',
		].join('\n'),
	);
	mkdirSync(join(root, 'src/content/docs'), { recursive: true });
	writeFileSync(
		join(root, 'src/content.config.ts'),
		[
			"import { defineCollection } from 'astro:content';",
			"import { docsLoader } from '@astrojs/starlight/loaders';",
			"import { docsSchema } from '@astrojs/starlight/schema';",
			'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };',
			'',
		].join('\n'),
	);
	const home = ['---', `title: ${yamlString(title)}`, `description: ${yamlString(description)}`, '---', '', markdownText(description), ''];
	for (const catalog of catalogs) home.push(`- [${markdownText(catalog.title)}](/${catalog.slug}/): ${markdownText(catalog.summary)}`);
	writeFileSync(join(root, 'src/content/docs/index.md'), home.join('\n') + '\n');
	for (const catalog of catalogs) writeFileSync(join(root, 'src/content/docs', `${catalog.slug}.md`), venueMarkdown(catalog));
	return root;
}
